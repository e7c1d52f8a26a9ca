package org.yangguang.inforequest;

import java.time.LocalDate;

/** An information request was received and registered (published inside the registering transaction). */
public record RequestRegistered(String trackingNo, long agencyId, LocalDate receivedOn, Channel channel) {
}
