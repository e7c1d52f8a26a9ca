package org.yangguang.meetings;

/** Minutes were published (签发): their public items can now be read and found. */
public record MinutesPublished(long minutesId) {
}
