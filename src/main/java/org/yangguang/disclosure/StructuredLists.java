package org.yangguang.disclosure;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.FeeCatalog;
import org.yangguang.disclosure.internal.ListKeepers;
import org.yangguang.disclosure.internal.PowerList;
import org.yangguang.disclosure.internal.PowerResults;
import org.yangguang.disclosure.internal.VillageBulletins;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 清单 — the structured lists of an organisation: 权力清单 (power list), 权力运行结果 (results of exercising powers),
 * 收费目录 (fee catalog with the yearly collections) and 村务公开 (village bulletins). They are public as soon as
 * they are saved, so only the leader or the disclosure office with the organisation in scope maintains them
 * (403 otherwise). Personal data is masked on every public read; the staff's unmasked read is audited.
 */
@Service
public class StructuredLists {

	private final ListKeepers keepers;
	private final PowerList powers;
	private final PowerResults results;
	private final FeeCatalog fees;
	private final VillageBulletins bulletins;

	StructuredLists(ListKeepers keepers, PowerList powers, PowerResults results, FeeCatalog fees,
			VillageBulletins bulletins) {
		this.keepers = keepers;
		this.powers = powers;
		this.results = results;
		this.fees = fees;
		this.bulletins = bulletins;
	}

	/** The lists of the organisation with this code (the user's own when blank) for a keeper, else 403. */
	public ListsDesk desk(String organisationCode) {
		return keepers.desk(keepers.kept(organisationCode));
	}

	/** The organisation with this code, if the current user keeps its lists (403 otherwise). */
	public Organisation kept(String organisationCode) {
		return keepers.kept(organisationCode);
	}

	public PowerEntry addPower(long organisationId, PowerEntryInput input) {
		return powers.create(organisationId, input);
	}

	/** Retires a power list entry with the reason; returns it (with its organisation). */
	public PowerEntry retirePower(long powerId, String reason) {
		return powers.retire(powerId, reason);
	}

	public PowerEntry power(long powerId) {
		return powers.get(powerId);
	}

	public PowerResult recordResult(long organisationId, PowerResultInput input) {
		return results.record(organisationId, input);
	}

	public FeeItem addFee(long organisationId, FeeItemInput input) {
		return fees.create(organisationId, input);
	}

	/** The amount collected on a fee item of the organisation in a year; another organisation's item is refused. */
	public FeeItem recordCollection(long organisationId, Long feeItemId, Integer year, BigDecimal amountYuan) {
		if (feeItemId == null || fees.get(feeItemId).organisationId() != organisationId) {
			throw RuleViolationException.onField("feeItemId", "disclosure.list.error.choice");
		}
		return fees.recordCollection(feeItemId, year, amountYuan);
	}

	public Bulletin publishBulletin(long organisationId, BulletinInput input) {
		return bulletins.publish(organisationId, input);
	}

	/** A bulletin unmasked, for staff in scope; the read is audited. */
	public Bulletin revealedBulletin(long bulletinId) {
		return bulletins.revealed(bulletinId);
	}

	/** The active power list of an organisation, for the public. */
	public List<PowerEntry> publicPowers(long organisationId) {
		return powers.entries(organisationId, false);
	}

	/** The active fee items of an organisation with their collections, for the public. */
	public List<FeeItem> publicFees(long organisationId) {
		return fees.items(organisationId, false);
	}

	/** Published results of an organisation, of one kind when given, newest decision first. */
	public ResultPage<PowerResult> publicResults(long organisationId, PowerKind kind, int page, int size) {
		return results.results(organisationId, kind, page, size);
	}

	/** A village's bulletins, masked, newest first. */
	public List<Bulletin> publicBulletins(long organisationId) {
		return bulletins.published(organisationId);
	}

	/** One bulletin of the organisation, masked; 404 when it belongs to another one. */
	public Bulletin publicBulletin(long organisationId, long bulletinId) {
		Bulletin bulletin = bulletins.publicBulletin(bulletinId);
		if (bulletin.organisationId() != organisationId) {
			throw new NotFoundException("disclosure.bulletin.error.notFound", bulletinId);
		}
		return bulletin;
	}
}
