package org.govfacts.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.govfacts.extract.Finding;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.text.AnalyzedText;

/**
 * The extractor's own test of a project name, for names read from fact files or an index (which
 * an older extractor may have written): the name is put into a list the text calls projects
 * (NAME等项目) and kept when the extractor takes it whole from there. A slogan, a category or a
 * count of kinds (补短板项目, 中西部铁路, 四大工程) is dropped, as it would be from a report.
 */
final class ProjectNameTest implements Predicate<String> {
    private final Lexicon lexicon;
    private volatile Pipeline pipeline;
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    ProjectNameTest(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean test(String name) {
        return verdicts.computeIfAbsent(ProjectNames.display(name), this::judge);
    }

    private boolean judge(String name) {
        if (name.isEmpty()) {
            return false;
        }
        AnalyzedText text = pipeline().analyze("name", name + "等项目。");
        for (Finding f : pipeline().extract(text)) {
            if (f.type() == FactType.PROJECT && f.start() == 0 && name.equals(f.name())) {
                return true;
            }
        }
        return false;
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = new Pipeline(lexicon);
                }
                p = pipeline;
            }
        }
        return p;
    }
}
