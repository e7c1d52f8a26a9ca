package org.yangguang.storage.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachments are kept: {@code yangguang.storage.path}, by default {@code ./data/attachments}. Several
 * application nodes must share this directory (a network file system), as they share the database.
 */
@ConfigurationProperties("yangguang.storage")
record StorageProperties(@DefaultValue("./data/attachments") Path path) {
}
