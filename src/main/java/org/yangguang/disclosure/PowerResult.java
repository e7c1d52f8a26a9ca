package org.yangguang.disclosure;

import java.time.LocalDate;

import org.yangguang.shared.Masks;

/**
 * 权力运行结果 — a published decision taken in exercising a power (a permit granted, a penalty decided, an
 * enforcement measure). A natural person's name is masked on every public view.
 */
public record PowerResult(long id, long organisationId, Long powerId, String powerName, PowerKind kind,
		String caseNo, String partyName, boolean partyIsPerson, String partyCreditCode, String decision,
		LocalDate decidedOn) {

	/** The party as the public sees it. */
	public String publicPartyName() {
		return partyIsPerson ? Masks.name(partyName) : partyName;
	}
}
