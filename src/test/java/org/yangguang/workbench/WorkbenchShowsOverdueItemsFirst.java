package org.yangguang.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/** The to-do list puts overdue items first, then the soonest deadlines; overdue ones say by how much. */
@IntegrationTest
class WorkbenchShowsOverdueItemsFirst {

	@Autowired
	MockMvc mvc;

	@Test
	void overdueFirstThenSoonestThenUndated() {
		TodoItem undated = new TodoItem("k", "c", "", "/", null, "none", null);
		TodoItem later = new TodoItem("k", "b", "", "/", LocalDate.of(2026, 12, 20), "on_time", 10);
		TodoItem soon = new TodoItem("k", "a", "", "/", LocalDate.of(2026, 12, 1), "due_soon", 2);
		TodoItem overdue = new TodoItem("k", "o", "", "/", LocalDate.of(2026, 12, 30), "overdue", -1);
		List<TodoItem> items = new ArrayList<>(List.of(undated, later, soon, overdue));
		items.sort(TodoItem.URGENCY);
		assertThat(items).containsExactly(overdue, soon, later, undated);
	}

	@Test
	void clerksListSaysHowManyWorkingDaysAnItemIsOverdue() throws Exception {
		String html = mvc.perform(get("/workbench").cookie(Pages.login(mvc, "clerk"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("待办事项").doesNotContain("剩余 -");
	}
}
