package org.yangguang.services.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yangguang.services.ItemKind;
import org.yangguang.services.ItemType;
import org.yangguang.services.LifeEvent;
import org.yangguang.services.ServiceGuide;
import org.yangguang.services.TargetUser;
import org.yangguang.shared.RuleViolationException;

/**
 * 事项目录 as the XLSX workbook offices keep: a sheet 事项 with one row per item, and sheets 材料, 收费, 常见问题, 特别程序
 * and 并联审批 with one row per entry, each starting with the item's code. Enumerations are written and read as their
 * Chinese labels (行政许可, 承诺件, 原件及复印件 …); lists in one cell are separated by 、. Reading collects every row's
 * problem, with its sheet and row number, instead of stopping at the first.
 */
public final class CatalogWorkbook {

	static final String ITEMS = "事项";
	static final String MATERIALS = "材料";
	static final String FEES = "收费";
	static final String FAQ = "常见问题";
	static final String PROCEDURES = "特别程序";
	static final String JOINT = "并联审批";
	static final String SEPARATOR = "、";

	static final List<String> ITEM_COLUMNS = List.of("事项编码", "事项名称", "事项类型", "实施部门编码", "实施主体", "设定依据",
			"主项编码", "业务办理项", "受理条件", "办件类型", "法定时限（工作日）", "承诺时限（工作日）", "时限说明", "审查（工作日）",
			"决定（工作日）", "制证（工作日）", "送达（工作日）", "办理渠道", "办理地点", "办理时间", "到现场次数", "网办深度", "服务对象",
			"人生事件", "咨询电话", "投诉电话", "结果名称", "结果类型");
	static final List<String> MATERIAL_COLUMNS = List.of("事项编码", "材料序号", "材料名称", "是否必需", "材料形式", "份数", "来源渠道",
			"填报要求", "依据");
	static final List<String> FEE_COLUMNS = List.of("事项编码", "收费项目", "标准", "依据", "可减免");
	static final List<String> FAQ_COLUMNS = List.of("事项编码", "问题", "解答");
	static final List<String> PROCEDURE_COLUMNS = List.of("事项编码", "程序名称", "最长时限（工作日）", "说明");
	static final List<String> JOINT_COLUMNS = List.of("事项编码", "部门编码", "审批环节", "时限（工作日）");

	/** The Chinese labels of every enumeration the workbook carries, in one place. */
	static final Map<ItemType, String> TYPES = labels(ItemType.class, "行政许可", "行政给付", "行政确认", "行政裁决", "行政奖励",
			"行政征收", "行政处罚", "其他行政权力", "公共服务");
	static final Map<ItemKind, String> KINDS = labels(ItemKind.class, "即办件", "承诺件");
	static final Map<ServiceGuide.BusinessCase, String> CASES = labels(ServiceGuide.BusinessCase.class, "新办", "变更",
			"延续", "注销");
	static final Map<TargetUser, String> USERS = labels(TargetUser.class, "自然人", "法人");
	static final Map<LifeEvent, String> EVENTS = labels(LifeEvent.class, "生育", "入学", "就业", "开办企业", "婚姻", "养老",
			"住房", "医疗", "社会救助", "交通出行", "农业生产");
	static final Map<String, String> CHANNELS = Map.of("WINDOW", "窗口", "ONLINE", "网上", "POST", "邮寄");
	static final Map<String, String> FORMS = Map.of("ORIGINAL", "原件", "COPY", "复印件", "ORIGINAL_AND_COPY", "原件及复印件",
			"ELECTRONIC", "电子件");
	static final Map<String, String> RESULTS = Map.of("CERTIFICATE", "证照", "APPROVAL_DOCUMENT", "批文", "OTHER", "其他");

	private CatalogWorkbook() {
	}

	/** A problem of one row: the sheet, the row number as Excel shows it, and the message key with its arguments. */
	public record RowError(String sheet, int row, String messageKey, Object[] args) {
	}

	/** The row of an item in the 事项 sheet, for a problem found when publishing it. */
	public static RowError itemError(List<ServiceGuide> guides, ServiceGuide guide, String messageKey, Object[] args) {
		return new RowError(ITEMS, guides.indexOf(guide) + 2, messageKey, args);
	}

	/** What a workbook holds: the guides, in the order of the 事项 sheet, and every row's problem. */
	public record Parsed(List<ServiceGuide> guides, List<RowError> errors) {
	}

	public static byte[] write(List<ServiceGuide> guides) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Map<String, List<List<Object>>> sheets = rows(guides);
			sheet(book, ITEMS, ITEM_COLUMNS, sheets.get(ITEMS));
			sheet(book, MATERIALS, MATERIAL_COLUMNS, sheets.get(MATERIALS));
			sheet(book, FEES, FEE_COLUMNS, sheets.get(FEES));
			sheet(book, FAQ, FAQ_COLUMNS, sheets.get(FAQ));
			sheet(book, PROCEDURES, PROCEDURE_COLUMNS, sheets.get(PROCEDURES));
			sheet(book, JOINT, JOINT_COLUMNS, sheets.get(JOINT));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The cells of each sheet for the guides (what {@link #write} puts in the workbook, and what import compares). */
	static Map<String, List<List<Object>>> rows(List<ServiceGuide> guides) {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		for (String name : List.of(ITEMS, MATERIALS, FEES, FAQ, PROCEDURES, JOINT)) {
			sheets.put(name, new ArrayList<>());
		}
		for (ServiceGuide g : guides) {
			ServiceGuide.StepBudgets s = g.steps();
			sheets.get(ITEMS).add(Arrays.asList(g.code(), g.name(), TYPES.get(g.type()), g.department(),
					g.implementingBody(), g.legalBasis(), g.parent(), g.businessCase() == null ? null : CASES.get(g.businessCase()),
					g.conditions(), KINDS.get(g.kind()), g.statutoryDays(), g.promisedDays(), g.timeLimitNote(),
					s == null ? null : s.review(), s == null ? null : s.decide(), s == null ? null : s.certify(),
					s == null ? null : s.deliver(), join(g.channels(), CHANNELS::get), g.address(), g.hours(), g.visits(),
					g.onlineDepth(), join(sorted(g.targetUsers()), USERS::get), join(sorted(g.lifeEvents()), EVENTS::get),
					g.contacts() == null ? null : g.contacts().consultation(),
					g.contacts() == null ? null : g.contacts().complaint(), g.result() == null ? null : g.result().name(),
					g.result() == null ? null : RESULTS.get(g.result().type())));
			for (ServiceGuide.Material m : g.materials()) {
				sheets.get(MATERIALS).add(Arrays.asList(g.code(), m.id(), m.name(), m.required() ? "是" : "否",
						m.form() == null ? null : FORMS.get(m.form()), m.copies(), m.source(), m.notes(), m.legalBasis()));
			}
			for (ServiceGuide.Fee f : g.fees()) {
				sheets.get(FEES).add(Arrays.asList(g.code(), f.item(), f.standard(), f.basis(), f.waivable() ? "是" : "否"));
			}
			for (ServiceGuide.Faq f : g.faq()) {
				sheets.get(FAQ).add(Arrays.asList(g.code(), f.question(), f.answer()));
			}
			for (ServiceGuide.SpecialProcedure p : g.specialProcedures()) {
				sheets.get(PROCEDURES).add(Arrays.asList(g.code(), p.name(), p.maxDays(), p.note()));
			}
			for (ServiceGuide.JointTask t : g.jointTasks()) {
				sheets.get(JOINT).add(Arrays.asList(g.code(), t.department(), t.task(), t.days()));
			}
		}
		return sheets;
	}

	public static Parsed read(byte[] xlsx) {
		List<RowError> errors = new ArrayList<>();
		Map<String, ItemDraft> drafts = new LinkedHashMap<>();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet items = book.getSheet(ITEMS);
			if (items == null) {
				errors.add(new RowError(ITEMS, 0, "services.import.noSheet", new Object[] { ITEMS }));
				return new Parsed(List.of(), errors);
			}
			each(items, ITEM_COLUMNS.size(), errors, (cells, n) -> {
				ItemDraft d = ItemDraft.of(cells, n);
				if (drafts.putIfAbsent(d.code, d) != null) {
					throw RuleViolationException.onField("code", "services.import.duplicateCode", d.code);
				}
			});
			entries(book, MATERIALS, MATERIAL_COLUMNS, drafts, errors, (d, c) -> d.materials.add(material(c)));
			entries(book, FEES, FEE_COLUMNS, drafts, errors, (d, c) -> d.fees.add(new ServiceGuide.Fee(text(c, 1),
					text(c, 2), text(c, 3), yes(c, 4))));
			entries(book, FAQ, FAQ_COLUMNS, drafts, errors, (d, c) -> d.faq.add(new ServiceGuide.Faq(text(c, 1),
					text(c, 2))));
			entries(book, PROCEDURES, PROCEDURE_COLUMNS, drafts, errors, (d, c) -> d.procedures
				.add(new ServiceGuide.SpecialProcedure(text(c, 1), number(c, 2, "最长时限"), text(c, 3))));
			entries(book, JOINT, JOINT_COLUMNS, drafts, errors, (d, c) -> d.joint.add(new ServiceGuide.JointTask(
					text(c, 1), text(c, 2), required(number(c, 3, "时限"), "时限"))));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolationException) {
				throw (RuleViolationException) e;
			}
			errors.add(new RowError(ITEMS, 0, "services.import.notAWorkbook", new Object[0]));
			return new Parsed(List.of(), errors);
		}
		List<ServiceGuide> guides = new ArrayList<>();
		for (ItemDraft d : drafts.values()) {
			ServiceGuide g = d.guide();
			try {
				GuideRule.check(g);
				guides.add(g);
			}
			catch (RuleViolationException e) {
				errors.add(new RowError(ITEMS, d.row, e.messageKey(), e.args()));
			}
		}
		return new Parsed(guides, errors);
	}

	/** Whether two guides read the same in the workbook (what an unchanged row means). */
	public static boolean sameRows(ServiceGuide a, ServiceGuide b) {
		return rows(List.of(a)).equals(rows(List.of(b)));
	}

	private interface RowReader {
		void read(List<String> cells, int rowNumber);
	}

	private interface EntryReader {
		void read(ItemDraft draft, List<String> cells);
	}

	private static void entries(Workbook book, String name, List<String> columns, Map<String, ItemDraft> drafts,
			List<RowError> errors, EntryReader reader) {
		Sheet sheet = book.getSheet(name);
		if (sheet == null) {
			return;
		}
		each(sheet, columns.size(), errors, (cells, n) -> {
			ItemDraft d = drafts.get(cells.get(0));
			if (d == null) {
				throw RuleViolationException.onField("code", "services.import.unknownItem", cells.get(0));
			}
			reader.read(d, cells);
		});
	}

	private static void each(Sheet sheet, int width, List<RowError> errors, RowReader reader) {
		DataFormatter format = new DataFormatter();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			boolean empty = true;
			for (int i = 0; i < width; i++) {
				Cell cell = row.getCell(i);
				String value = cell == null || cell.getCellType() == CellType.BLANK ? null
						: format.formatCellValue(cell).strip();
				if (value != null && value.isEmpty()) {
					value = null;
				}
				empty &= value == null;
				cells.add(value);
			}
			if (empty) {
				continue;
			}
			try {
				reader.read(cells, row.getRowNum() + 1);
			}
			catch (RuleViolationException e) {
				errors.add(new RowError(sheet.getSheetName(), row.getRowNum() + 1, e.messageKey(), e.args()));
			}
		}
	}

	/** One item as its rows say, until it becomes a guide. */
	private static final class ItemDraft {

		final String code;
		final int row;
		final List<ServiceGuide.Material> materials = new ArrayList<>();
		final List<ServiceGuide.Fee> fees = new ArrayList<>();
		final List<ServiceGuide.Faq> faq = new ArrayList<>();
		final List<ServiceGuide.SpecialProcedure> procedures = new ArrayList<>();
		final List<ServiceGuide.JointTask> joint = new ArrayList<>();
		private final ServiceGuide head;

		private ItemDraft(int row, ServiceGuide head) {
			this.code = head.code();
			this.row = row;
			this.head = head;
		}

		static ItemDraft of(List<String> c, int row) {
			if (c.get(0) == null) {
				throw RuleViolationException.onField("code", "services.error.code");
			}
			Integer review = number(c, 13, "审查");
			ServiceGuide.StepBudgets steps = review == null ? null
					: new ServiceGuide.StepBudgets(review, orZero(number(c, 14, "决定")), orZero(number(c, 15, "制证")),
							orZero(number(c, 16, "送达")));
			String consultation = text(c, 24);
			String complaint = text(c, 25);
			String resultName = text(c, 26);
			ServiceGuide head = new ServiceGuide(c.get(0), text(c, 1), label(TYPES, c, 2, "事项类型"), text(c, 3),
					text(c, 4), text(c, 5), text(c, 6), c.get(7) == null ? null : label(CASES, c, 7, "业务办理项"),
					text(c, 8), List.of(), required(number(c, 10, "法定时限"), "法定时限"),
					orZero(number(c, 11, "承诺时限")), label(KINDS, c, 9, "办件类型"), text(c, 12), steps,
					keys(CHANNELS, c, 17, "办理渠道"), text(c, 18), text(c, 19), orZero(number(c, 20, "到现场次数")),
					orZero(number(c, 21, "网办深度")), List.of(), List.of(),
					resultName == null ? null
							: new ServiceGuide.Result(resultName, c.get(27) == null ? null : key(RESULTS, c, 27, "结果类型")),
					labelsSet(USERS, c, 22, "服务对象", TargetUser.class), labelsSet(EVENTS, c, 23, "人生事件", LifeEvent.class),
					consultation == null && complaint == null ? null : new ServiceGuide.Contacts(consultation, complaint),
					List.of(), List.of());
			return new ItemDraft(row, head);
		}

		ServiceGuide guide() {
			ServiceGuide h = head;
			return new ServiceGuide(h.code(), h.name(), h.type(), h.department(), h.implementingBody(), h.legalBasis(),
					h.parent(), h.businessCase(), h.conditions(), procedures, h.statutoryDays(), h.promisedDays(),
					h.kind(), h.timeLimitNote(), h.steps(), h.channels(), h.address(), h.hours(), h.visits(),
					h.onlineDepth(), materials, fees, h.result(), h.targetUsers(), h.lifeEvents(), h.contacts(), faq,
					joint);
		}
	}

	private static ServiceGuide.Material material(List<String> c) {
		return new ServiceGuide.Material(required(number(c, 1, "材料序号"), "材料序号"), text(c, 2), yes(c, 3),
				c.get(4) == null ? null : key(FORMS, c, 4, "材料形式"), number(c, 5, "份数"), text(c, 6), text(c, 7),
				text(c, 8));
	}

	private static String text(List<String> cells, int i) {
		return cells.get(i);
	}

	private static boolean yes(List<String> cells, int i) {
		return "是".equals(cells.get(i));
	}

	private static Integer number(List<String> cells, int i, String column) {
		String v = cells.get(i);
		if (v == null) {
			return null;
		}
		try {
			return Integer.valueOf(v.replace(".0", ""));
		}
		catch (NumberFormatException e) {
			throw RuleViolationException.onField("cell", "services.import.notANumber", column, v);
		}
	}

	private static int required(Integer value, String column) {
		if (value == null) {
			throw RuleViolationException.onField("cell", "services.import.required", column);
		}
		return value;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static <E> E label(Map<E, String> labels, List<String> cells, int i, String column) {
		String v = cells.get(i);
		return labels.entrySet().stream().filter(e -> e.getValue().equals(v)).map(Map.Entry::getKey).findFirst()
			.orElseThrow(() -> RuleViolationException.onField("cell", "services.import.unknownLabel", column, v,
					String.join(SEPARATOR, labels.values())));
	}

	private static String key(Map<String, String> labels, List<String> cells, int i, String column) {
		return label(labels, cells, i, column);
	}

	private static List<String> keys(Map<String, String> labels, List<String> cells, int i, String column) {
		return split(cells.get(i)).stream().map(v -> label(labels, List.of(v), 0, column)).toList();
	}

	private static <E extends Enum<E>> Set<E> labelsSet(Map<E, String> labels, List<String> cells, int i, String column,
			Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		for (String v : split(cells.get(i))) {
			set.add(label(labels, List.of(v), 0, column));
		}
		return set;
	}

	private static List<String> split(String cell) {
		return cell == null ? List.of()
				: Arrays.stream(cell.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <T> String join(java.util.Collection<T> values, Function<T, String> label) {
		return values.isEmpty() ? null : values.stream().map(label).collect(Collectors.joining(SEPARATOR));
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted().toList();
	}

	private static void sheet(Workbook book, String name, List<String> columns, List<List<Object>> rows) {
		Sheet sheet = book.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			header.createCell(i).setCellValue(columns.get(i));
		}
		int n = 1;
		for (List<Object> values : rows) {
			Row row = sheet.createRow(n++);
			for (int i = 0; i < values.size(); i++) {
				Object v = values.get(i);
				if (v instanceof Integer number) {
					row.createCell(i).setCellValue(number);
				}
				else if (v != null) {
					row.createCell(i).setCellValue(v.toString());
				}
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String... names) {
		E[] constants = type.getEnumConstants();
		if (constants.length != names.length) {
			throw new IllegalStateException("labels of " + type.getSimpleName());
		}
		Map<E, String> labels = new LinkedHashMap<>();
		for (int i = 0; i < constants.length; i++) {
			labels.put(constants[i], names[i]);
		}
		return Map.copyOf(labels);
	}
}
