package org.yangguang.services;

import java.util.List;

/**
 * The calling screen (叫号屏): the tickets called most recently with their window, and the queue.
 *
 * @param averageServiceMinutes today's average time at the window (the default before any ticket is done)
 */
public record HallScreen(List<QueueTicket> called, int waiting, int averageServiceMinutes,
		int estimatedWaitMinutes) {
}
