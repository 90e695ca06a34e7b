package org.govfacts.check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.govfacts.extract.FoundFact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.segment.Token;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.text.AnalyzedText;

/**
 * The extractor's own test of a project name, for names read from fact files or an index (which
 * an older extractor may have written): the name is put into a list the text calls projects
 * (NAME等项目) and kept when the extractor takes it whole from there. A slogan, a category or a
 * count of kinds (补短板项目, 中西部铁路, 四大工程) is dropped, as it would be from a report.
 */
public final class ProjectNameTest implements Predicate<String> {
    private final Lexicon lexicon;
    /** 三期, 3号机组, 12英寸, 60万吨: what pins one plant or phase down. */
    private static final Pattern PARTICULAR = Pattern.compile(
            "第?[一二三四五六七八九十\\d]{1,2}[期套]|\\d+号机组|\\d+(?:\\.\\d+)?代线?|\\d+(?:\\.\\d+)?万?(?:英寸|吨|千瓦|兆瓦|吉瓦|GW|MW|" + org.govfacts.extract.project.ProjectFinder.VOLTAGE_UNITS + ")");
    /** Head words that name a kind of facility; 项目 and 工程 say only that something is done. */
    private final List<String> facilityWords;
    private volatile Pipeline pipeline;
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    public ProjectNameTest(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.facilityWords = lexicon.words("project-suffixes").stream().filter(w -> !w.equals("项目") && !w.equals("工程")).toList();
    }

    @Override
    public boolean test(String name) {
        return verdicts.computeIfAbsent(ProjectNames.display(name), this::judge);
    }

    private boolean judge(String name) {
        if (name.isEmpty() || !takenWhole(name, name + "等项目。")) {
            return false;
        }
        // A list the text calls projects lends its items a standing that a register entry lacks: judged
        // blind, half the items with no word for what is built were companies alone or bare routes
        // (海博思创, 东明石化, 庆云至章丘). An entry must say what is built — a facility word anywhere in it
        // (梅山铁路专用线), a phase, unit or size (长江存储三期, 3号机组, 12英寸) — or hold up alone as a name.
        if (BARE_LINE.matcher(name).matches()) {
            return false; // 21号线: whose line the report's city says, not the name
        }
        return facilityWords.stream().anyMatch(name::contains) || PARTICULAR.matcher(name).find()
                || takenWhole(name, name + "。") || namesAProduct(name);
    }

    /** A line's number with nothing before it but words for the kind of line. */
    private static final Pattern BARE_LINE = Pattern.compile("(?:地铁|轨道交通|轨交)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})号线");

    /**
     * 吉孚力多孔碳, 寒武奥陶山泉水, 隆通管业装备制造: after the owner's name comes a word of the language
     * for what is made or done (a common noun of two or more characters); 海博思创, 奔力达 are the
     * owner's name alone.
     */
    private boolean namesAProduct(String name) {
        AnalyzedText text = pipeline().analyze("name", name + "。");
        List<Token> tokens = text.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            String pos = tok.pos();
            boolean common = pos.equals("vn") || pos.startsWith("n") && !pos.startsWith("nr") && !pos.startsWith("ns")
                    && !pos.startsWith("nt") && !pos.equals("nz") && !pos.equals("nx");
            if (common && tok.word().length() >= 2 && tok.end() <= name.length()) {
                return true;
            }
        }
        return false;
    }

    private boolean takenWhole(String name, String sentence) {
        AnalyzedText text = pipeline().analyze("name", sentence);
        for (FoundFact f : pipeline().extract(text)) {
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
