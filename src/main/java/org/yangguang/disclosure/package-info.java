/**
 * 主动公开 — proactive disclosure: each organisation's catalog of columns and its disclosure guide, documents
 * with their review (保密审查 / 预先审核), publication, amendment, withdrawal and repeal, the archive of every
 * published version, the structured lists (权力清单, 收费目录, 权力运行结果, 村务公开) and the public portal.
 * <p>
 * Public API: {@link org.yangguang.disclosure.DisclosureStatistics} (figures for table 二 of the annual report),
 * {@link org.yangguang.disclosure.DisclosurePublishing} (publishing the annual report itself) and the events
 * {@link org.yangguang.disclosure.DocumentPublished}, {@link org.yangguang.disclosure.DocumentWithdrawn} and
 * {@link org.yangguang.disclosure.DocumentRepealed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.yangguang.disclosure;
