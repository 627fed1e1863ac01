package org.talentcatalog.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** One-line messages for I/O failures. */
final class Messages {

    private Messages() {
    }

    static String ioError(IOException e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": " + (en ? "no such file" : "文件不存在");
        }
        return (en ? "cannot read: " : "无法读取：") + e.getMessage();
    }
}
