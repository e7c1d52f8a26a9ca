package org.yangguang.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.notification.Notice;

/** The inboxes, in {@code notification}. */
@Repository
public class NotificationRepository {

	/** Separates the title's arguments in one column (a control character no argument contains). */
	private static final String ARG_SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the notice for the account; false if the account already has one with the same dedup key. */
	public boolean insert(long accountId, Notice notice, Instant at) {
		return jdbc.sql("""
				INSERT INTO notification (account_id, kind, title_key, title_args, url, dedup_key, created_at)
				VALUES (:account, :kind, :titleKey, :titleArgs, :url, :dedup, :at)
				ON CONFLICT DO NOTHING""")
			.param("account", accountId).param("kind", notice.kind()).param("titleKey", notice.titleKey())
			.param("titleArgs", String.join(ARG_SEPARATOR, notice.titleArgs())).param("url", notice.url())
			.param("dedup", notice.dedupKey()).param("at", utc(at))
			.update() == 1;
	}

	public List<StoredNotification> newest(long accountId, int limit) {
		return jdbc.sql("SELECT * FROM notification WHERE account_id = :account ORDER BY id DESC LIMIT :limit")
			.param("account", accountId).param("limit", limit).query(this::row).list();
	}

	public Optional<StoredNotification> find(long accountId, long id) {
		return jdbc.sql("SELECT * FROM notification WHERE account_id = :account AND id = :id")
			.param("account", accountId).param("id", id).query(this::row).optional();
	}

	public long countUnread(long accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :account AND read_at IS NULL")
			.param("account", accountId).query(Long.class).single();
	}

	/** Marks the account's own notification as read (once: the first reading time stays). */
	public void markRead(long accountId, long id, Instant at) {
		jdbc.sql("UPDATE notification SET read_at = :at WHERE account_id = :account AND id = :id AND read_at IS NULL")
			.param("at", utc(at)).param("account", accountId).param("id", id).update();
	}

	public int markAllRead(long accountId, Instant at) {
		return jdbc.sql("UPDATE notification SET read_at = :at WHERE account_id = :account AND read_at IS NULL")
			.param("at", utc(at)).param("account", accountId).update();
	}

	private StoredNotification row(ResultSet rs, int n) throws SQLException {
		String args = rs.getString("title_args");
		List<String> titleArgs = args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(ARG_SEPARATOR, -1));
		OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
		return new StoredNotification(rs.getLong("id"), rs.getLong("account_id"),
				new Notice(rs.getString("kind"), rs.getString("title_key"), titleArgs, rs.getString("url"),
						rs.getString("dedup_key")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
