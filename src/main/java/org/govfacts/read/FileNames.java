package org.govfacts.read;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names as text, without loss. Java decodes a file name's bytes with the locale's encoding
 * ({@code sun.jnu.encoding}); where that cannot hold them (a Chinese name under LANG=C, a GBK name
 * on a UTF-8 system) {@link Path#toString()} gives U+FFFD or '?', and two different files of the
 * same length would share a name, a {@code doc} and an index key. Here a name element that does
 * not decode exactly is written as its bytes in %XX escapes instead (郑州.txt under LANG=C →
 * %E9%83%91%E5%B7%9E.txt), which is unique and can be turned back into the file's path.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The encoding the JVM uses for file names and command-line arguments. */
    public static Charset fileNameCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** True when file names with Chinese characters can be read and written in this JVM. */
    public static boolean localeHoldsChinese() {
        return fileNameCharset().newEncoder().canEncode("郑州");
    }

    /** The path as text: as decoded when that is exact, else with the inexact names escaped. */
    public static String show(Path p) {
        String s = p.toString();
        if (exact(p, s)) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        if (p.getRoot() != null) {
            b.append(p.getRoot());
        }
        String separator = p.getFileSystem().getSeparator();
        for (int i = 0; i < p.getNameCount(); i++) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(name(p.getName(i)));
        }
        return b.toString();
    }

    /** The last element of the path as text (see {@link #show}). */
    public static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? show(p) : name(name);
    }

    private static String name(Path element) {
        String s = element.toString();
        if (exact(element, s)) {
            return s;
        }
        // the file URI holds the name's bytes, percent-escaped where they are not plain ASCII
        String raw = element.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return raw.substring(raw.lastIndexOf('/') + 1);
    }

    private static boolean exact(Path p, String s) {
        try {
            return Path.of(s).equals(p);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The path {@link #show} wrote as {@code shown}; as written when no escaped file of that name exists. */
    public static Path toPath(String shown) {
        Path plain = null;
        try {
            plain = Path.of(shown);
            if (Files.exists(plain) || shown.indexOf('%') < 0 || !shown.startsWith("/")) {
                return plain;
            }
        } catch (InvalidPathException e) {
            if (shown.indexOf('%') < 0 || !shown.startsWith("/")) {
                throw e;
            }
        }
        try {
            Path escaped = Path.of(URI.create("file://" + uriPath(shown)));
            return Files.exists(escaped) || plain == null ? escaped : plain;
        } catch (IllegalArgumentException e) {
            if (plain == null) {
                throw new InvalidPathException(shown, "not a file name this system can hold");
            }
            return plain;
        }
    }

    /** {@code shown} as a URI path: escapes kept, other bytes (in the file-name encoding) escaped. */
    private static String uriPath(String shown) {
        StringBuilder b = new StringBuilder();
        Charset cs = fileNameCharset();
        for (int i = 0; i < shown.length(); ) {
            int cp = shown.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == '%' && i + 2 < shown.length() && isHex(shown.charAt(i + 1)) && isHex(shown.charAt(i + 2))) {
                b.append(shown, i, i + 3);
                i += 3;
                continue;
            }
            if (cp < 128 && (Character.isLetterOrDigit(cp) || "/-._~".indexOf(cp) >= 0)) {
                b.append((char) cp);
            } else {
                Charset use = cs.newEncoder().canEncode(shown.substring(i, i + n)) ? cs : StandardCharsets.UTF_8;
                for (byte x : shown.substring(i, i + n).getBytes(use)) {
                    b.append('%').append(String.format("%02X", x & 0xff));
                }
            }
            i += n;
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
