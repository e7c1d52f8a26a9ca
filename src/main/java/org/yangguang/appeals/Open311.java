package org.yangguang.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.internal.ApiKeyRepository;
import org.yangguang.appeals.internal.AppealSettings;
import org.yangguang.appeals.internal.AppealWorkflow;
import org.yangguang.appeals.internal.Ticket;
import org.yangguang.appeals.internal.TicketRepository;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.DomainException;

/**
 * Open311 GeoReport v2 over the hotline: the appeal types are the services; a request posted with a valid API key
 * becomes a ticket on channel Open311 and follows it (status open/closed, the latest step as {@code status_notes});
 * service request updates are the tickets' steps. Results are maps with the specification's field names, in order,
 * for the JSON and XML writers.
 */
@Service
public class Open311 {

	/** Default search window (days) and the most results a search returns, as GeoReport v2 recommends. */
	static final int WINDOW_DAYS = 90;
	static final int MAX_RESULTS = 1000;

	private final TicketRepository tickets;
	private final ApiKeyRepository keys;
	private final AppealWorkflow workflow;
	private final AppealSettings settings;
	private final Organisations organisations;
	private final Clock clock;

	Open311(TicketRepository tickets, ApiKeyRepository keys, AppealWorkflow workflow, AppealSettings settings,
			Organisations organisations, Clock clock) {
		this.tickets = tickets;
		this.keys = keys;
		this.workflow = workflow;
		this.settings = settings;
		this.organisations = organisations;
		this.clock = clock;
	}

	public Map<String, Object> discovery(String base) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("changeset", "2026-12-01T00:00:00+08:00");
		d.put("contact", "余庆县人民政府县长公开电话 0851-26221345");
		d.put("key_service", "API keys are issued by the county's platform administrator");
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base + "/open311/v2");
		endpoint.put("changeset", "2026-12-01T00:00:00+08:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("application/json", "text/xml"));
		d.put("endpoints", List.of(endpoint));
		return d;
	}

	/** The service list: one service per appeal type. */
	public List<Map<String, Object>> services() {
		return Arrays.stream(AppealType.values()).map(this::service).toList();
	}

	/** A service definition; complaints and reports ask who they are about. */
	public Map<String, Object> definition(String code) {
		AppealType type = type(code).orElseThrow(() -> new Open311Problem(404, "unknown service_code " + code));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_code", type.key());
		List<Map<String, Object>> attributes = new ArrayList<>();
		if (type == AppealType.COMPLAINT || type == AppealType.REPORT) {
			Map<String, Object> a = new LinkedHashMap<>();
			a.put("variable", true);
			a.put("code", "subject");
			a.put("datatype", "string");
			a.put("required", false);
			a.put("datatype_description", "被投诉或举报的单位、人员");
			a.put("order", 1);
			a.put("description", "被投诉（举报）对象");
			attributes.add(a);
		}
		d.put("attributes", attributes);
		return d;
	}

	/** POST requests: a valid API key, a known service code, a location and a description. */
	@Transactional
	public List<Map<String, Object>> submit(Map<String, String> form) {
		String holder = keys.holder(form.get("api_key"))
			.orElseThrow(() -> new Open311Problem(403, "api_key missing or not valid"));
		AppealType type = type(form.get("service_code"))
			.orElseThrow(() -> new Open311Problem(400, "service_code missing or unknown: " + form.get("service_code")));
		Double lat = number(form.get("lat"));
		Double lon = number(form.get("long"));
		String address = blank(form.get("address_string"));
		if (address == null) {
			address = blank(form.get("address_id"));
		}
		if ((lat == null || lon == null) && address == null) {
			throw new Open311Problem(400, "a location is required: lat and long, address_string or address_id");
		}
		String description = blank(form.get("description"));
		String subject = blank(form.get("attribute[subject]"));
		if (description == null) {
			throw new Open311Problem(400, "description is required");
		}
		String name = String.join("", nonNull(form.get("last_name"), form.get("first_name"))).strip();
		String location = address != null ? address : lat + "," + lon;
		try {
			Ticket t = Ticket.register(workflow.nextTicketNo(), type, AppealChannel.OPEN311, title(description),
					subject == null ? description : description + "\n（对象：" + subject + "）", workflow.today(), false,
					false, null, new Caller(name.isEmpty() ? null : name, blank(form.get("phone")), null), location, lat,
					lon, holder, settings.daysFor(type));
			workflow.register(t);
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("service_request_id", t.ticketNo());
			r.put("service_notice", "已受理，将在" + settings.daysFor(type) + "个工作日内答复");
			r.put("account_id", null);
			return List.of(r);
		}
		catch (DomainException e) {
			throw new Open311Problem(400, e.getMessage());
		}
	}

	/** tokens/{token}: the request id is returned at once, so a token is the request id. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> token(String token) {
		Ticket t = tickets.find(token).orElseThrow(() -> new Open311Problem(404, "unknown token " + token));
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", t.ticketNo());
		r.put("token", token);
		return List.of(r);
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> request(String id) {
		Ticket t = tickets.find(id).orElseThrow(() -> new Open311Problem(404, "unknown service_request_id " + id));
		return List.of(request(t));
	}

	/** GET requests with the specification's filters; the last 90 days by default, at most 1,000. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> requests(String ids, String serviceCode, String start, String end, String status) {
		LocalDate to = end == null ? workflow.today() : date(end, "end_date");
		LocalDate from = start == null ? to.minusDays(WINDOW_DAYS) : date(start, "start_date");
		String type = null;
		if (serviceCode != null && !serviceCode.isBlank()) {
			type = type(serviceCode).orElseThrow(() -> new Open311Problem(400, "unknown service_code " + serviceCode))
				.name();
		}
		Boolean open = status == null || status.isBlank() ? null : switch (status.strip()) {
			case "open" -> Boolean.TRUE;
			case "closed" -> Boolean.FALSE;
			default -> throw new Open311Problem(400, "status is open or closed");
		};
		List<String> numbers = ids == null || ids.isBlank() ? List.of()
				: Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return tickets.open311(from, to, type, open, numbers, MAX_RESULTS).stream().map(this::request).toList();
	}

	/** servicerequestupdates: every step of every ticket in the period (the last 90 days by default). */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> updates(String start, String end) {
		Instant to = end == null ? clock.instant() : instant(end, "end_date");
		Instant from = start == null ? to.minusSeconds(WINDOW_DAYS * 86400L) : instant(start, "start_date");
		return tickets.updates(from, to, MAX_RESULTS).stream().map(u -> {
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("update_id", u.ticketNo() + "-" + u.seq());
			r.put("service_request_id", u.ticketNo());
			r.put("status", u.statusNow().open() ? "open" : "closed");
			r.put("updated_datetime", iso(u.at()));
			r.put("description", u.action() + (u.note() == null ? "" : "：" + u.note()));
			r.put("media_url", null);
			return r;
		}).toList();
	}

	private Map<String, Object> service(AppealType type) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("service_code", type.key());
		s.put("service_name", switch (type) {
			case CONSULTATION -> "咨询";
			case HELP -> "求助";
			case COMPLAINT -> "投诉";
			case REPORT -> "举报";
			case SUGGESTION -> "建议";
		});
		s.put("description", "县长公开电话受理的" + s.get("service_name") + "，" + settings.daysFor(type) + "个工作日内答复");
		s.put("metadata", type == AppealType.COMPLAINT || type == AppealType.REPORT);
		s.put("type", "realtime");
		s.put("keywords", type.key());
		s.put("group", "县长公开电话");
		return s;
	}

	private Map<String, Object> request(Ticket t) {
		List<AppealEvent> events = tickets.events(t.id());
		AppealEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
		String agency = t.departmentId() == null ? "余庆县人民政府县长公开电话"
				: organisations.find(t.departmentId()).map(Organisation::name).orElse(null);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", t.ticketNo());
		r.put("status", t.status().open() ? "open" : "closed");
		r.put("status_notes", last == null ? null : last.action() + (t.reply() != null && t.publicConsent()
				&& "replied".equals(last.action()) ? "：" + t.reply() : ""));
		r.put("service_name", service(t.type()).get("service_name"));
		r.put("service_code", t.type().key());
		r.put("description", t.content());
		r.put("agency_responsible", agency);
		r.put("service_notice", null);
		r.put("requested_datetime", iso(t.createdAt()));
		r.put("updated_datetime", iso(t.updatedAt()));
		r.put("expected_datetime", null);
		r.put("address", t.location());
		r.put("address_id", null);
		r.put("zipcode", null);
		r.put("lat", t.latitude());
		r.put("long", t.longitude());
		r.put("media_url", null);
		return r;
	}

	private static Optional<AppealType> type(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(AppealType.values()).filter(t -> t.key().equals(code.strip().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

	private String iso(Instant at) {
		return at == null ? null
				: OffsetDateTime.ofInstant(at, zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private LocalDate date(String value, String field) {
		try {
			return value.length() > 10 ? OffsetDateTime.parse(value).atZoneSameInstant(zone()).toLocalDate()
					: LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new Open311Problem(400, field + " must be an ISO 8601 date or date-time");
		}
	}

	private Instant instant(String value, String field) {
		try {
			return value.length() > 10 ? OffsetDateTime.parse(value).toInstant()
					: LocalDate.parse(value).atStartOfDay(zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new Open311Problem(400, field + " must be an ISO 8601 date or date-time");
		}
	}

	private static Double number(String v) {
		try {
			return v == null || v.isBlank() ? null : Double.valueOf(v.strip());
		}
		catch (NumberFormatException e) {
			throw new Open311Problem(400, "lat and long must be decimal numbers");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static List<String> nonNull(String... parts) {
		return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
	}

	private static String title(String description) {
		String firstLine = description.split("\\R", 2)[0];
		return firstLine.length() <= 40 ? firstLine : firstLine.substring(0, 40) + "…";
	}
}
