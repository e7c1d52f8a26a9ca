package org.yangguang.inforequest.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.Outcome;
import org.yangguang.shared.RuleViolationException;

/** Reads the text values of API bodies and forms, each mistake a 400 on its field with a clear message. */
final class ApiValues {

	private static final Map<String, DeliveryRoute> ROUTE_NAMES = Map.of("邮寄", DeliveryRoute.POST, "电子邮件",
			DeliveryRoute.EMAIL, "邮箱", DeliveryRoute.EMAIL, "email", DeliveryRoute.EMAIL, "e-mail", DeliveryRoute.EMAIL,
			"当面领取", DeliveryRoute.COLLECT, "自行领取", DeliveryRoute.COLLECT, "网上获取", DeliveryRoute.ONLINE, "在线",
			DeliveryRoute.ONLINE);

	private ApiValues() {
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw RuleViolationException.onField(field, "inforequest.error.dateFormat", value);
		}
	}

	static ApplicantType applicantType(String value) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField("applicantType", "inforequest.error.applicantTypeRequired");
		}
		try {
			return ApplicantType.fromKey(value);
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.onField("applicantType", "inforequest.error.applicantTypeInvalid", value);
		}
	}

	static Outcome outcome(String value) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField("outcome", "inforequest.error.outcomeRequired");
		}
		try {
			return Outcome.fromKey(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.onField("outcome", "inforequest.error.outcomeInvalid", value);
		}
	}

	static <E> E required(String field, String value, E parsed, String invalidKey) {
		if (value != null && !value.isBlank() && parsed == null) {
			throw RuleViolationException.onField(field, invalidKey, value);
		}
		return parsed;
	}

	/**
	 * The delivery wanted: a route ({@code post}, {@code email}, {@code collect}, {@code online}), or a form
	 * ({@code paper}, {@code electronic}) with its usual route; Chinese names are understood too.
	 */
	static Delivery delivery(String delivery, String form) {
		DeliveryForm parsedForm = required("form", form, DeliveryForm.fromKey(form), "inforequest.error.formInvalid");
		DeliveryRoute route = null;
		if (delivery != null && !delivery.isBlank()) {
			route = DeliveryRoute.fromKey(delivery);
			if (route == null) {
				route = ROUTE_NAMES.get(delivery.strip().toLowerCase(java.util.Locale.ROOT));
			}
			if (route == null) {
				DeliveryForm asForm = DeliveryForm.fromKey(delivery);
				if (asForm == null) {
					asForm = "纸质".equals(delivery.strip()) ? DeliveryForm.PAPER
							: "电子".equals(delivery.strip()) ? DeliveryForm.ELECTRONIC : null;
				}
				if (asForm == null) {
					throw RuleViolationException.onField("delivery", "inforequest.error.deliveryInvalid", delivery);
				}
				parsedForm = parsedForm == null ? asForm : parsedForm;
				route = asForm == DeliveryForm.PAPER ? DeliveryRoute.POST : DeliveryRoute.ONLINE;
			}
		}
		if (parsedForm == null && route != null) {
			parsedForm = route == DeliveryRoute.EMAIL || route == DeliveryRoute.ONLINE ? DeliveryForm.ELECTRONIC
					: DeliveryForm.PAPER;
		}
		return new Delivery(parsedForm, route);
	}

	record Delivery(DeliveryForm form, DeliveryRoute route) {
	}
}
