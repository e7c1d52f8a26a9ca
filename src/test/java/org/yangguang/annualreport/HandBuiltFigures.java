package org.yangguang.annualreport;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.yangguang.disclosure.ProactiveYearFigures;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestYearFigures;
import org.yangguang.inforequest.RequestYearFigures.AppealCounts;

/** Figures built by hand, as the inforequest and disclosure modules would report them. */
public final class HandBuiltFigures {

	private final Map<ApplicantType, Long> received = new EnumMap<>(ApplicantType.class);
	private final Map<ApplicantType, Long> carriedIn = new EnumMap<>(ApplicantType.class);
	private final Map<Outcome, Map<ApplicantType, Long>> outcomes = new EnumMap<>(Outcome.class);
	private final Map<ApplicantType, Long> carriedOut = new EnumMap<>(ApplicantType.class);
	private AppealCounts reconsideration = AppealCounts.NONE;
	private AppealCounts direct = AppealCounts.NONE;
	private AppealCounts afterReconsideration = AppealCounts.NONE;
	private BigDecimal fees = BigDecimal.ZERO;

	public HandBuiltFigures received(ApplicantType type, long n) {
		received.merge(type, n, Long::sum);
		return this;
	}

	public HandBuiltFigures carriedIn(ApplicantType type, long n) {
		carriedIn.merge(type, n, Long::sum);
		return this;
	}

	public HandBuiltFigures decided(Outcome outcome, ApplicantType type, long n) {
		outcomes.computeIfAbsent(outcome, o -> new EnumMap<>(ApplicantType.class)).merge(type, n, Long::sum);
		return this;
	}

	public HandBuiltFigures carriedOut(ApplicantType type, long n) {
		carriedOut.merge(type, n, Long::sum);
		return this;
	}

	public HandBuiltFigures appeals(AppealCounts reconsideration, AppealCounts direct, AppealCounts after) {
		this.reconsideration = reconsideration;
		this.direct = direct;
		this.afterReconsideration = after;
		return this;
	}

	public HandBuiltFigures fees(String yuan) {
		this.fees = new BigDecimal(yuan);
		return this;
	}

	public RequestYearFigures build(int year) {
		return new RequestYearFigures(year, received, carriedIn, outcomes, carriedOut, reconsideration, direct,
				afterReconsideration, fees);
	}

	/**
	 * A year in balance: every application received or carried in is either decided (under a random outcome) or
	 * carried out, per applicant type.
	 */
	public static HandBuiltFigures balanced(Random random) {
		HandBuiltFigures f = new HandBuiltFigures();
		for (ApplicantType type : ApplicantType.values()) {
			long in = random.nextInt(40);
			long carried = random.nextInt(8);
			f.received(type, in).carriedIn(type, carried);
			long open = in + carried;
			long out = open == 0 ? 0 : random.nextInt((int) Math.min(open, 6) + 1);
			f.carriedOut(type, out);
			for (long i = 0; i < open - out; i++) {
				f.decided(Outcome.values()[random.nextInt(Outcome.values().length)], type, 1);
			}
		}
		f.appeals(counts(random), counts(random), counts(random));
		return f.fees(random.nextInt(3000) + ".00");
	}

	private static AppealCounts counts(Random random) {
		return new AppealCounts(random.nextInt(5), random.nextInt(5), random.nextInt(3), random.nextInt(3));
	}

	public static ProactiveYearFigures proactive() {
		return new ProactiveYearFigures(0, 0, 2, 14, 3, 57, 1260, 87, 9, new BigDecimal("152.3650"));
	}
}
