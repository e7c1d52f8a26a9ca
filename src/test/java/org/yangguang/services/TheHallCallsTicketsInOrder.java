package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 大厅: kiosk numbers are unique and sequential per day; a window calls first come first served among what it may
 * serve (a department window only its department's items); the estimated wait grows with the people ahead; the
 * calling screen shows who was called where; appointments only on working days and never over a slot's capacity.
 */
@IntegrationTest
class TheHallCallsTicketsInOrder {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	@Autowired
	WorkingCalendar calendar;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void numbersAreSequentialAndTheWaitGrowsWithThePeopleAhead() {
		JsonNode first = take("520329-MZJ-001");
		JsonNode second = take("520329-MZJ-001");
		int a = Integer.parseInt(first.get("number").asString().substring(1));
		int b = Integer.parseInt(second.get("number").asString().substring(1));
		assertThat(first.get("number").asString()).matches("A\\d{3}");
		assertThat(b).isEqualTo(a + 1);
		assertThat(second.get("waitingAhead").asInt()).isGreaterThan(first.get("waitingAhead").asInt());
		assertThat(second.get("estimatedWaitMinutes").asInt()).isGreaterThan(first.get("estimatedWaitMinutes").asInt());
		assertThat(api.post("/api/v1/hall/tickets", Map.of("item", "NO-SUCH"), null).getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void aDepartmentWindowCallsOnlyItsDepartmentsTicketsAndTheScreenShowsTheCall() {
		JsonNode other = take("520329-MZJ-001");
		JsonNode education = take("520329-JYJ-001");
		List<String> calledAtB01 = new ArrayList<>();
		JsonNode called;
		while (!(called = callNext("B01")).isNull()) {
			calledAtB01.add(called.get("number").asString());
			assertThat(called.get("itemCode").asString()).startsWith("520329-JYJ");
		}
		assertThat(calledAtB01).contains(education.get("number").asString())
			.doesNotContain(other.get("number").asString());

		String screen = api.get("/api/v1/hall/screen", null).getBody();
		assertThat(screen).contains(education.get("number").asString()).contains("B01");
		assertThat(api.post("/api/v1/hall/windows/B01/call-next", null, "citizen1").getStatusCode().value())
			.isEqualTo(403);
	}

	@Test
	void aComprehensiveWindowCallsFirstComeFirstServed() {
		List<String> taken = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			taken.add(take(i % 2 == 0 ? "520329-RSJ-001" : "520329-SJJ-002").get("number").asString());
		}
		List<String> called = new ArrayList<>();
		JsonNode next;
		while (!(next = callNext("A02")).isNull()) {
			called.add(next.get("number").asString());
		}
		assertThat(called).containsSubsequence(taken);
		long ticket = Api.read(api.get("/api/v1/hall/screen", null)).get("called").get(0).get("id").asLong();
		assertThat(Api.read(api.post("/api/v1/hall/tickets/" + ticket + "/no-show", null, "window"))
			.get("status").asString()).isEqualTo("no_show");
	}

	@Test
	void appointmentsAreOnWorkingDaysAndNeverOverASlotsCapacity() {
		LocalDate today = LocalDate.now(clock);
		LocalDate working = today.plusDays(1);
		while (!calendar.calendar().isWorkingDay(working)) {
			working = working.plusDays(1);
		}
		LocalDate rest = today.plusDays(1);
		while (calendar.calendar().isWorkingDay(rest)) {
			rest = rest.plusDays(1);
		}
		ResponseEntity<String> refused = book(rest, "10:00");
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("不是工作日");

		String slot = "15:30";
		int booked = 0;
		ResponseEntity<String> r;
		while ((r = book(working, slot)).getStatusCode().value() == 201) {
			assertThat(Api.read(r).get("number").asString()).startsWith("Y");
			booked++;
			assertThat(booked).isLessThanOrEqualTo(6);
		}
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getBody()).contains("约满");
		assertThat(api.post("/api/v1/hall/appointments", Map.of("item", "520329-MZJ-001", "date", working.toString(),
				"slot", "10:00"), "window").getStatusCode().value()).isEqualTo(403);
	}

	private ResponseEntity<String> book(LocalDate day, String slot) {
		return api.post("/api/v1/hall/appointments", Map.of("item", "520329-MZJ-001", "date", day.toString(), "slot", slot),
				"citizen2");
	}

	private JsonNode take(String item) {
		ResponseEntity<String> r = api.post("/api/v1/hall/tickets", Map.of("item", item), null);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		return Api.read(r);
	}

	private JsonNode callNext(String window) {
		ResponseEntity<String> r = api.post("/api/v1/hall/windows/" + window + "/call-next", null, "window");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return Api.read(r).get("ticket");
	}
}
