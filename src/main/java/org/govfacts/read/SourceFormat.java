package org.govfacts.read;

/** What kind of file a report came from; fact offsets always refer to the text extracted from it. */
public enum SourceFormat {
    /** Plain text in any supported encoding. */
    TEXT,
    /** A web page: only the article's text is kept, not the site's menus. */
    HTML,
    /** A PDF's text layer. */
    PDF,
    /** Word 2007+ (.docx). */
    DOCX,
    /** Word 97–2003 (.doc). */
    DOC
}
