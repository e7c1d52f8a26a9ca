package org.yangguang.consultation;

/** One article (条) of a draft: its number, the chapter (章) it stands under if any, and its text. */
public record DraftArticle(int no, String chapter, String text) {
}
