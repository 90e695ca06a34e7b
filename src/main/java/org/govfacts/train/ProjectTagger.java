package org.govfacts.train;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.segment.Token;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Sentence;

/**
 * A character tagger for project names: HanLP's structured perceptron (a {@link LinearModel}
 * decoded with Viterbi) over the features of {@link ProjectTagFeatures}, tagging each character
 * B/M/E/S of a name or O. Deterministic; safe to share between threads once loaded.
 */
public final class ProjectTagger {
    public static final String LABEL = "proj";
    private final LinearModel model;
    private final ProjectTagFeatures features;

    public ProjectTagger(LinearModel model, ProjectTagFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** The trained weights, for saving. */
    public LinearModel model() {
        return model;
    }

    /** The model saved at {@code file}; a clear error when it is missing or unreadable. */
    public static ProjectTagger load(Path file, ProjectTagFeatures features) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no project tagger model there");
        }
        LinearModel m = new LinearModel(file.toString());
        return new ProjectTagger(m, features);
    }

    /** The tag set shared by training and tagging: O and B/M/E/S of {@value #LABEL}. */
    public static NERTagSet newTagSet() {
        NERTagSet tags = new NERTagSet();
        for (String p : new String[] {"B-", "M-", "E-", "S-"}) {
            tags.add(p + LABEL);
        }
        tags.nerLabels.add(LABEL);
        tags.lock();
        return tags;
    }

    /** A sentence's characters as a perceptron instance; {@code tags} null when only decoding. */
    public static Instance instance(List<List<String>> charFeatures, int[] tags, FeatureMap featureMap) {
        return new CharInstance(charFeatures, tags, featureMap);
    }

    /** Spans {@code [start, end)} of the names tagged in the whole text, sentence by sentence. */
    public List<int[]> tag(AnalyzedText text) {
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            List<Token> inside = new ArrayList<>();
            for (int k = text.tokenIndexAt(s.start()); k < tokens.size() && tokens.get(k).start() < s.end(); k++) {
                Token tok = tokens.get(k);
                inside.add(new Token(tok.word(), tok.pos(), tok.start() - s.start(), Math.min(tok.end(), s.end()) - s.start()));
            }
            for (int[] span : tag(t.substring(s.start(), s.end()), inside)) {
                out.add(new int[] {span[0] + s.start(), span[1] + s.start()});
            }
        }
        return out;
    }

    /** Spans of the names tagged in one sentence, its tokens' offsets relative to it. */
    public List<int[]> tag(String sentence, List<Token> tokens) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        Instance in = instance(features.of(sentence, tokens), null, model.featureMap);
        int[] guess = new int[in.length()];
        model.viterbiDecode(in, guess);
        String[] tags = new String[guess.length];
        for (int i = 0; i < guess.length; i++) {
            tags[i] = model.tagSet().stringOf(guess[i]);
        }
        return spans(tags);
    }

    /** B…E and S runs as spans; a run the decoder left open (B without E) is dropped. */
    static List<int[]> spans(String[] tags) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < tags.length; i++) {
            char c = tags[i].charAt(0);
            if (c == 'S') {
                out.add(new int[] {i, i + 1});
                open = -1;
            } else if (c == 'B') {
                open = i;
            } else if (c == 'E' && open >= 0) {
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (c == 'O') {
                open = -1;
            }
        }
        return out;
    }

    /** One sentence: a row of feature ids per character (the last slot left for the transition). */
    private static final class CharInstance extends Instance {
        CharInstance(List<List<String>> charFeatures, int[] tags, FeatureMap featureMap) {
            featureMatrix = new int[charFeatures.size()][];
            for (int i = 0; i < charFeatures.size(); i++) {
                List<Integer> ids = new ArrayList<>(charFeatures.get(i).size());
                for (String f : charFeatures.get(i)) {
                    addFeature(f, ids, featureMap);
                }
                featureMatrix[i] = toFeatureArray(ids);
            }
            tagArray = tags == null ? new int[charFeatures.size()] : tags;
        }
    }
}
