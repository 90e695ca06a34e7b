package org.govfacts.train;

import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.govfacts.segment.Segmenter;
import org.govfacts.segment.Token;

/**
 * Trains the project tagger: an averaged structured perceptron (HanLP's {@link AveragedPerceptron},
 * updated as HanLP's own trainers update it) over sentences with their names marked. The sentence
 * order is shuffled with a fixed seed, so the same data gives the same model.
 */
public final class ProjectTaggerTrainer {
    private final ProjectTagFeatures features;
    private final Segmenter segmenter;

    public ProjectTaggerTrainer(ProjectTagFeatures features, Segmenter segmenter) {
        this.features = features;
        this.segmenter = segmenter;
    }

    public ProjectTagger train(List<ProjectTrainingData.Example> examples, int iterations) {
        NERTagSet tags = ProjectTagger.newTagSet();
        MutableFeatureMap featureMap = new MutableFeatureMap(tags);
        List<Instance> instances = new ArrayList<>(examples.size());
        for (ProjectTrainingData.Example e : examples) {
            List<Token> tokens = segmenter.segment(e.sentence());
            instances.add(ProjectTagger.instance(features.of(e.sentence(), tokens), tagsOf(e, tags), featureMap));
        }
        AveragedPerceptron model = new AveragedPerceptron(featureMap);
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        int current = 0;
        int size = tags.size();
        Random random = new Random(20261130L);
        for (int it = 0; it < iterations; it++) {
            java.util.Collections.shuffle(instances, random);
            for (Instance in : instances) {
                current++;
                int[] guess = new int[in.length()];
                model.viterbiDecode(in, guess);
                for (int i = 0; i < in.length(); i++) {
                    int[] fv = in.getFeatureAt(i);
                    int[] gold = new int[fv.length];
                    int[] pred = new int[fv.length];
                    for (int j = 0; j < fv.length - 1; j++) {
                        gold[j] = fv[j] * size + in.tagArray[i];
                        pred[j] = fv[j] * size + guess[i];
                    }
                    gold[fv.length - 1] = (i == 0 ? tags.bosId() : in.tagArray[i - 1]) * size + in.tagArray[i];
                    pred[fv.length - 1] = (i == 0 ? tags.bosId() : guess[i - 1]) * size + guess[i];
                    model.update(gold, pred, total, timestamp, current);
                }
            }
        }
        model.average(total, timestamp, current);
        // frozen: a feature the training never saw has no weight (a mutable map would add it)
        ImmutableFeatureMap frozen = new ImmutableFeatureMap(featureMap.featureIdMap, tags);
        return new ProjectTagger(new LinearModel(frozen, model.parameter), features);
    }

    private static int[] tagsOf(ProjectTrainingData.Example e, NERTagSet tags) {
        int[] out = new int[e.sentence().length()];
        java.util.Arrays.fill(out, tags.idOf("O"));
        String l = ProjectTagger.LABEL;
        for (int[] n : e.names()) {
            if (n[1] - n[0] == 1) {
                out[n[0]] = tags.idOf("S-" + l);
                continue;
            }
            out[n[0]] = tags.idOf("B-" + l);
            for (int i = n[0] + 1; i < n[1] - 1; i++) {
                out[i] = tags.idOf("M-" + l);
            }
            out[n[1] - 1] = tags.idOf("E-" + l);
        }
        return out;
    }
}
