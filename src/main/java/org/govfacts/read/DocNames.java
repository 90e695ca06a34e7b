package org.govfacts.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document ids of a run's files: the file name, as FACTS.md has it, unless two files of the
 * run share a name (2024/report.txt and 2025/report.txt); those are told apart by their path below
 * the folder they have in common ({@code 2024/report.txt}), so that no two files share a {@code doc}.
 */
public final class DocNames {
    private DocNames() {
    }

    public static Map<Path, String> of(List<Path> files) {
        Map<String, List<Path>> byName = new HashMap<>();
        for (Path p : files) {
            byName.computeIfAbsent(FileNames.fileName(p), k -> new ArrayList<>()).add(p);
        }
        Map<Path, String> out = new HashMap<>();
        for (Map.Entry<String, List<Path>> e : byName.entrySet()) {
            List<Path> same = e.getValue();
            if (same.size() == 1) {
                out.put(same.get(0), e.getKey());
                continue;
            }
            Path common = commonParent(same);
            for (Path p : same) {
                Path rel = common == null ? p.toAbsolutePath().normalize() : common.relativize(p.toAbsolutePath().normalize());
                StringBuilder b = new StringBuilder();
                for (Path part : rel) {
                    if (b.length() > 0) {
                        b.append('/');
                    }
                    b.append(FileNames.fileName(part));
                }
                out.put(p, b.toString());
            }
        }
        return out;
    }

    private static Path commonParent(List<Path> paths) {
        Path common = paths.get(0).toAbsolutePath().normalize().getParent();
        for (Path p : paths) {
            Path a = p.toAbsolutePath().normalize();
            while (common != null && !a.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
