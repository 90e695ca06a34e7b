package org.govfacts.attribute;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.extract.Finding;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;

/** Attributes indicator and period to each finding from its sentence and paragraph. */
public final class ContextAttributor {
    public ContextAttributor(Lexicon lexicon) {
    }

    public List<Attribution> attribute(AnalyzedText text, List<Finding> findings) {
        List<Attribution> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(Attribution.NONE);
        }
        return out;
    }
}
