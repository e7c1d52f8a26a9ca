/**
 * 机构 — the organisation tree every other module hangs its records on: the people's government, its departments,
 * townships and their villages, and the institutions that disclose (县、乡镇、村三级联动), with codes, unified social
 * credit codes and contact details, and the public directory. Each node keeps its materialised {@code path}, so a
 * data-scope check ("this organisation and everything below it") is one comparison.
 * <p>
 * Public API: {@link org.yangguang.organisation.Organisations} (read the tree, create, rename, move, retire, import;
 * every change audited) with its records {@link org.yangguang.organisation.Organisation},
 * {@link org.yangguang.organisation.NewOrganisation}, {@link org.yangguang.organisation.OrganisationTreeNode} and
 * {@link org.yangguang.organisation.ImportResult}, and the event {@link org.yangguang.organisation.OrganisationChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.yangguang.organisation;
