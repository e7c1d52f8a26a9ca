package org.yangguang.inforequest;

/** 提供形式和获取方式 — paper or electronic, by post, e-mail, collected in person or online. */
public record Delivery(DeliveryForm form, DeliveryRoute route) {
}
