package org.yangguang.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.services.CaseApplicant;
import org.yangguang.services.CaseEvent;
import org.yangguang.services.CaseStatus;
import org.yangguang.services.CaseStep;
import org.yangguang.services.ServiceGuide;

/**
 * Cases in {@code services_case} with their materials, joint tasks and timeline. The guide is read from the item
 * version the case was opened under; the clock from the calendar module (by {@link CaseWorkflow}).
 */
@Repository
public class CaseRepository {

	private final JdbcClient jdbc;
	private final ItemRepository items;

	CaseRepository(JdbcClient jdbc, ItemRepository items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** The case columns that lists and statistics read, without materials, tasks or guide. */
	public record Row(long id, String caseNo, String itemCode, int itemVersion, long departmentId, String kind,
			CaseStatus status, CaseStep step, Long applicantAccountId, String applicantName, LocalDate submittedOn,
			LocalDate acceptedOn, LocalDate deadline, LocalDate decidedOn, LocalDate closedOn, boolean paused,
			Boolean approved, boolean greenChannel, String holder, LocalDate heldSince) {
	}

	public long insert(ServiceCase c, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO services_case (case_no, item_code, item_version, department_id, kind, status, step, channel,
					applicant_account_id, applicant_name, applicant_id_number, applicant_phone, submitted_on, paused,
					green_channel, holder, held_since, version, created_at, updated_at)
				VALUES (:caseNo, :item, :itemVersion, :department, :kind, :status, :step, :channel, :account, :name,
					:idNumber, :phone, :submittedOn, FALSE, FALSE, :holder, :heldSince, 0, :now, :now)""")
			.param("caseNo", c.caseNo()).param("item", c.itemCode()).param("itemVersion", c.itemVersion())
			.param("department", c.departmentId()).param("kind", c.guide().kind().name())
			.param("status", c.status().name()).param("step", c.step() == null ? null : c.step().name())
			.param("channel", c.channel()).param("account", c.applicant().accountId())
			.param("name", c.applicant().name()).param("idNumber", c.applicant().idNumber())
			.param("phone", c.applicant().phone()).param("submittedOn", c.submittedOn())
			.param("holder", c.holder()).param("heldSince", c.heldSince()).param("now", utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		c.id = id;
		saveMaterials(c);
		return id;
	}

	public void update(ServiceCase c, LocalDate deadline, Instant now) {
		jdbc.sql("""
				UPDATE services_case SET status = :status, step = :step, accepted_on = :acceptedOn, deadline = :deadline,
					decided_on = :decidedOn, closed_on = :closedOn, paused = :paused, approved = :approved,
					decision_reason = :decisionReason, refusal_reason = :refusalReason, green_channel = :green,
					agent_name = :agent, fee_amount = :feeAmount, fee_waived = :feeWaived, fee_basis = :feeBasis,
					fee_receipt_no = :receipt, fee_paid_on = :paidOn, delivery_method = :method,
					delivery_tracking_no = :tracking, holder = :holder, held_since = :heldSince,
					version = version + 1, updated_at = :now
				WHERE id = :id""")
			.param("status", c.status().name()).param("step", c.step() == null ? null : c.step().name())
			.param("acceptedOn", c.acceptedOn()).param("deadline", deadline).param("decidedOn", c.decidedOn())
			.param("closedOn", c.closedOn()).param("paused", c.paused()).param("approved", c.approved())
			.param("decisionReason", c.decisionReason()).param("refusalReason", c.refusalReason())
			.param("green", c.greenChannel()).param("agent", c.agentName()).param("feeAmount", c.feeAmount())
			.param("feeWaived", c.feeWaived()).param("feeBasis", c.feeBasis()).param("receipt", c.feeReceiptNo())
			.param("paidOn", c.feePaidOn()).param("method", c.deliveryMethod())
			.param("tracking", c.deliveryTrackingNo()).param("holder", c.holder()).param("heldSince", c.heldSince())
			.param("now", utc(now)).param("id", c.id()).update();
		saveMaterials(c);
		jdbc.sql("DELETE FROM services_case_task WHERE case_id = :id").param("id", c.id()).update();
		for (ServiceCase.Task t : c.tasks().values()) {
			jdbc.sql("""
					INSERT INTO services_case_task (case_id, department_id, task, days, status, approved, reason, decided_on)
					VALUES (:id, :department, :task, :days, :status, :approved, :reason, :decidedOn)""")
				.param("id", c.id()).param("department", t.departmentId()).param("task", t.task())
				.param("days", t.days()).param("status", t.status()).param("approved", t.approved())
				.param("reason", t.reason()).param("decidedOn", t.decidedOn()).update();
		}
	}

	private void saveMaterials(ServiceCase c) {
		jdbc.sql("DELETE FROM services_case_material WHERE case_id = :id").param("id", c.id()).update();
		for (Map.Entry<Integer, String> m : c.materials().entrySet()) {
			jdbc.sql("""
					INSERT INTO services_case_material (case_id, material_id, state, file_id)
					VALUES (:id, :material, :state, :file)""")
				.param("id", c.id()).param("material", m.getKey()).param("state", m.getValue())
				.param("file", c.files().get(m.getKey())).update();
		}
	}

	public void appendEvents(long caseId, List<ServiceCase.Happened> happened, Instant now) {
		int next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM services_case_event WHERE case_id = :id")
			.param("id", caseId).query(Integer.class).single();
		for (ServiceCase.Happened h : happened) {
			jdbc.sql("""
					INSERT INTO services_case_event (case_id, seq, action, on_date, recorded_at, actor, note, materials)
					VALUES (:id, :seq, :action, :on, :at, :actor, :note, :materials)""")
				.param("id", caseId).param("seq", ++next).param("action", h.action()).param("on", h.on())
				.param("at", utc(now)).param("actor", h.actor()).param("note", h.note())
				.param("materials", h.materials() == null ? null
						: h.materials().stream().map(String::valueOf).collect(Collectors.joining(",")))
				.update();
		}
	}

	public List<CaseEvent> events(long caseId) {
		return jdbc.sql("SELECT * FROM services_case_event WHERE case_id = :id ORDER BY seq").param("id", caseId)
			.query((rs, n) -> new CaseEvent(rs.getInt("seq"), rs.getString("action"),
					rs.getObject("on_date", LocalDate.class),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("note"), ids(rs.getString("materials"))))
			.list();
	}

	public Optional<ServiceCase> find(String caseNo) {
		return load(caseNo, "");
	}

	public Optional<ServiceCase> findForUpdate(String caseNo) {
		return load(caseNo, " FOR UPDATE");
	}

	private Optional<ServiceCase> load(String caseNo, String lock) {
		return jdbc.sql("SELECT * FROM services_case WHERE case_no = :caseNo" + lock).param("caseNo", caseNo)
			.query(this::restore).optional();
	}

	private ServiceCase restore(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		String itemCode = rs.getString("item_code");
		int itemVersion = rs.getInt("item_version");
		ServiceGuide guide = items.version(itemCode, itemVersion).orElseThrow().guide();
		Map<Integer, String> materials = new LinkedHashMap<>();
		Map<Integer, Long> files = new LinkedHashMap<>();
		jdbc.sql("SELECT material_id, state, file_id FROM services_case_material WHERE case_id = :id ORDER BY material_id")
			.param("id", id).query((r, i) -> {
				if (r.getObject(3) != null) {
					files.put(r.getInt(1), r.getLong(3));
				}
				return materials.put(r.getInt(1), r.getString(2));
			}).list();
		Map<Long, ServiceCase.Task> tasks = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM services_case_task WHERE case_id = :id ORDER BY task").param("id", id)
			.query((r, i) -> tasks.put(r.getLong("department_id"), new ServiceCase.Task(r.getLong("department_id"),
					r.getString("task"), r.getInt("days"), r.getString("status"),
					(Boolean) r.getObject("approved"), r.getString("reason"),
					r.getObject("decided_on", LocalDate.class))))
			.list();
		ServiceCase c = new ServiceCase(id, rs.getString("case_no"), itemCode, itemVersion, guide,
				rs.getLong("department_id"), rs.getString("channel"),
				new CaseApplicant((Long) rs.getObject("applicant_account_id", Long.class), rs.getString("applicant_name"),
						rs.getString("applicant_id_number"), rs.getString("applicant_phone")),
				rs.getObject("submitted_on", LocalDate.class), CaseStatus.valueOf(rs.getString("status")), materials,
				tasks);
		c.files.putAll(files);
		String step = rs.getString("step");
		c.step = step == null ? null : CaseStep.valueOf(step);
		c.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
		c.decidedOn = rs.getObject("decided_on", LocalDate.class);
		c.closedOn = rs.getObject("closed_on", LocalDate.class);
		c.approved = (Boolean) rs.getObject("approved");
		c.decisionReason = rs.getString("decision_reason");
		c.refusalReason = rs.getString("refusal_reason");
		c.greenChannel = rs.getBoolean("green_channel");
		c.agentName = rs.getString("agent_name");
		c.feeAmount = rs.getBigDecimal("fee_amount");
		c.feeWaived = (Boolean) rs.getObject("fee_waived");
		c.feeBasis = rs.getString("fee_basis");
		c.feeReceiptNo = rs.getString("fee_receipt_no");
		c.feePaidOn = rs.getObject("fee_paid_on", LocalDate.class);
		c.deliveryMethod = rs.getString("delivery_method");
		c.deliveryTrackingNo = rs.getString("delivery_tracking_no");
		c.holder = rs.getString("holder");
		c.heldSince = rs.getObject("held_since", LocalDate.class);
		c.version = rs.getInt("version");
		return c;
	}

	/** The applicant's own cases, newest first. */
	public List<Row> ofApplicant(long accountId) {
		return jdbc.sql("SELECT * FROM services_case WHERE applicant_account_id = :account ORDER BY id DESC")
			.param("account", accountId).query(this::row).list();
	}

	/**
	 * Cases of the given departments (null: all) in the given statuses (empty: all), newest first, at most
	 * {@code limit}.
	 */
	public List<Row> list(java.util.Collection<Long> departments, java.util.Collection<CaseStatus> statuses,
			int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM services_case WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (departments != null) {
			if (departments.isEmpty()) {
				return List.of();
			}
			sql.append(" AND (department_id IN (:departments) OR id IN (SELECT case_id FROM services_case_task"
					+ " WHERE department_id IN (:departments)))");
			params.put("departments", departments);
		}
		if (!statuses.isEmpty()) {
			sql.append(" AND status IN (:statuses)");
			params.put("statuses", statuses.stream().map(Enum::name).toList());
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::row).list();
	}

	/** Open accepted cases whose deadline is before {@code today} (the overdue list), oldest deadline first. */
	public List<Row> overdue(LocalDate today) {
		return jdbc.sql("""
				SELECT * FROM services_case WHERE status IN ('ACCEPTED', 'INCOMPLETE', 'DECIDED') AND deadline < :today
				AND paused = FALSE ORDER BY deadline, id""").param("today", today).query(this::row).list();
	}

	/** The department of a rating (its case's competent department). */
	public Optional<Long> ratingDepartment(long ratingId) {
		return jdbc.sql("SELECT department_id FROM services_rating WHERE id = :id").param("id", ratingId)
			.query(Long.class).optional();
	}

	/** Figures of cases submitted in the period, per department (null: all). */
	public record Figures(long received, long accepted, long decided, long onTime, long instantDecided) {
	}

	public Figures figures(Long departmentId, LocalDate from, LocalDate to) {
		String where = " WHERE submitted_on BETWEEN :from AND :to" + (departmentId == null ? "" : " AND department_id = :dept");
		var q = jdbc.sql("""
				SELECT COUNT(*) AS received,
					SUM(CASE WHEN accepted_on IS NOT NULL THEN 1 ELSE 0 END) AS accepted,
					SUM(CASE WHEN decided_on IS NOT NULL THEN 1 ELSE 0 END) AS decided,
					SUM(CASE WHEN decided_on IS NOT NULL AND (deadline IS NULL OR COALESCE(closed_on, decided_on) <= deadline)
						THEN 1 ELSE 0 END) AS on_time,
					SUM(CASE WHEN decided_on IS NOT NULL AND kind = 'INSTANT' AND decided_on = accepted_on THEN 1 ELSE 0 END)
						AS instant_decided
				FROM services_case""" + where).param("from", from).param("to", to);
		if (departmentId != null) {
			q = q.param("dept", departmentId);
		}
		return q.query((rs, n) -> new Figures(rs.getLong("received"), rs.getLong("accepted"), rs.getLong("decided"),
				rs.getLong("on_time"), rs.getLong("instant_decided"))).single();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String step = rs.getString("step");
		return new Row(rs.getLong("id"), rs.getString("case_no"), rs.getString("item_code"), rs.getInt("item_version"),
				rs.getLong("department_id"), rs.getString("kind"), CaseStatus.valueOf(rs.getString("status")),
				step == null ? null : CaseStep.valueOf(step), rs.getObject("applicant_account_id", Long.class),
				rs.getString("applicant_name"), rs.getObject("submitted_on", LocalDate.class),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getBoolean("paused"), (Boolean) rs.getObject("approved"), rs.getBoolean("green_channel"),
				rs.getString("holder"), rs.getObject("held_since", LocalDate.class));
	}

	private static List<Integer> ids(String csv) {
		return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
