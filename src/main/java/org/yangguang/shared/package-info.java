/** Kernel types every module may use: business errors mapped to HTTP statuses by the web layer. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.yangguang.shared;
