/**
 * Kernel types every module may use: business errors mapped to HTTP statuses by the web layer, masking of personal
 * data, ID-number and credit-code checks, the PDF renderer, request reference ids, and {@link org.yangguang.shared.JobLock},
 * the cluster-wide lock every scheduled sweep takes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.yangguang.shared;
