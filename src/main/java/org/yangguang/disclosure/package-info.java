/**
 * 主动公开 — proactive disclosure: each organisation's catalog of columns and its disclosure guide, documents
 * with their review (保密审查 / 预先审核), publication, amendment, withdrawal and repeal, the archive of every
 * published version, the structured lists (权力清单, 收费目录, 权力运行结果, 村务公开) and the public portal.
 * <p>
 * The module's door is this package. Its services, each with one job:
 * <ul>
 * <li>{@link org.yangguang.disclosure.StaffDocuments} — the staff's documents: their desk (drafts, the review
 * queue, what waits for publication), a document with the actions allowed now, and every workflow step.</li>
 * <li>{@link org.yangguang.disclosure.PublicDisclosure} — what anyone reads without logging in, on the portal,
 * the kiosk and in the feeds: the catalog by filter and by column (a column shows its own and its sub-columns'
 * documents), the guides, a document page with its versions, the published bytes (canonical content,
 * attachments) and the sitemap.</li>
 * <li>{@link org.yangguang.disclosure.CatalogMaintenance} — the disclosure office (政务公开办) keeps the column tree
 * and the disclosure guide (公开指南) of each organisation in its scope.</li>
 * <li>{@link org.yangguang.disclosure.PublicationOversight} — what the disclosure office watches: publication
 * timeliness (公开时效, at risk and late) and column freshness (栏目更新情况).</li>
 * <li>{@link org.yangguang.disclosure.StructuredLists} — the structured lists and village bulletins, kept by the
 * leader or disclosure office and read (masked) by the public.</li>
 * <li>{@link org.yangguang.disclosure.DisclosureStatistics} — figures for table 二 of the annual report, and
 * {@link org.yangguang.disclosure.DisclosurePublishing} — publishing the annual report itself.</li>
 * </ul>
 * The records and enums beside them are what those services take and return (a document page, a version, a
 * column listing, a bulletin, a deadline judgement …); no public method takes or returns an {@code internal}
 * type ({@code DisclosureDoorIsItsRootPackage}), and the events {@link org.yangguang.disclosure.DocumentPublished},
 * {@link org.yangguang.disclosure.DocumentWithdrawn} and {@link org.yangguang.disclosure.DocumentRepealed} tell
 * other modules what happened. Everything in {@code internal} — repositories, the rules
 * ({@code ContentRules}, {@code DocumentTransitions}, {@code PublicationTimeliness}, {@code ReviewerIsNotTheAuthor},
 * {@code ReviewQueue}, {@code ColumnContents}) and jobs — is private to the module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.yangguang.disclosure;
