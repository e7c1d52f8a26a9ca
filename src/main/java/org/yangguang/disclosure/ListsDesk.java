package org.yangguang.disclosure;

import java.util.List;

import org.yangguang.organisation.Organisation;

/**
 * 清单维护 — what the lists page of one organisation shows to the leader or disclosure office who maintains them.
 *
 * @param choices  the organisations whose lists the user may maintain (their active subtree)
 * @param village  whether the organisation is a village (then it has village bulletins)
 * @param entries  its power list, retired entries included
 * @param powers   its active power list entries, for recording results
 * @param feeItems its active fee items
 */
public record ListsDesk(Organisation organisation, List<Organisation> choices, boolean village,
		List<PowerEntry> entries, List<PowerEntry> powers, List<FeeItem> feeItems, List<Bulletin> bulletins) {
}
