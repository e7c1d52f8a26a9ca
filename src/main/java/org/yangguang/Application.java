package org.yangguang;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 阳光政务 — the platform's entry point. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

	/** Business time is China Standard Time; every "now" comes from this clock. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
