package org.yangguang.services;

/**
 * The centre's figures for a period (cases submitted in it), per department or for all. The rates are ratios
 * between 0 and 1 (0 when nothing was counted):
 * <ul>
 * <li>{@code onTimeRate} = cases finished on or before their deadline ÷ cases decided;</li>
 * <li>{@code instantRate} = instant cases decided on the day of acceptance ÷ cases decided;</li>
 * <li>{@code satisfaction} = ratings at levels 3–5 ÷ ratings counted (removed ratings are not counted).</li>
 * </ul>
 */
public record ServiceStatistics(long received, long accepted, long decided, long onTime, double onTimeRate,
		double instantRate, Ratings ratings) {

	public record Ratings(long count, long bad, double satisfaction) {
	}

	static double ratio(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
	}
}
