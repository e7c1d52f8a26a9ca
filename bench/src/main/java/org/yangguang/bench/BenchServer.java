package org.yangguang.bench;

import org.springframework.boot.SpringApplication;
import org.yangguang.Application;
import org.yangguang.disclosure.internal.BenchDocuments;

/**
 * The application plus {@link BenchDocuments}: start it with {@code --bench.documents=100000} to have that many
 * published documents (generated once, kept in the database) for the HTTP load test.
 */
public final class BenchServer {

	private BenchServer() {
	}

	public static void main(String[] args) {
		new SpringApplication(Application.class, BenchDocuments.class).run(args);
	}
}
