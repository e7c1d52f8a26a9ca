/**
 * Kernel types every module may use: business errors mapped to HTTP statuses by the web layer, masking of personal
 * data, ID-number and credit-code checks, the PDF renderer, request reference ids, {@link org.yangguang.shared.JobLock},
 * the cluster-wide lock every scheduled sweep takes, and {@link org.yangguang.shared.SearchSource} with
 * {@link org.yangguang.shared.Searchable}, the contract a module implements so that portal search can read its
 * public content.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.yangguang.shared;
