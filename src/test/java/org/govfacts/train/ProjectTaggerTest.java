package org.govfacts.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.normalize.Normalizers;
import org.govfacts.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The experimental project tagger: decoding, gold spans on normalised text, and learning from examples. */
class ProjectTaggerTest {
    private static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));

    @Test
    void tagRunsBecomeSpansAndAnOpenRunIsDropped() {
        String[] tags = {"O", "B-proj", "M-proj", "E-proj", "O", "S-proj", "B-proj", "M-proj", "O"};
        List<int[]> spans = ProjectTagger.spans(tags);
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {1, 4}, spans.get(0));
        assertArrayEquals(new int[] {5, 6}, spans.get(1));
    }

    @Test
    void goldSpanAfterPinyinLandsOnTheSameCharactersOfTheNormalisedText() {
        String original = "推进三峡(sān xiá)工程和南水北调工程";
        NormalizedText n = Normalizers.standard(LEXICON).normalize(original);
        int start = original.indexOf("南水北调工程");
        int[] span = ProjectTrainingData.toNormalized(n, start, start + "南水北调工程".length());
        assertEquals("南水北调工程", n.text().substring(span[0], span[1]));
    }

    @Test
    void learnsNamesThatEndInAHeadWordAndTagsOneItNeverSaw() {
        Pipeline pipeline = new Pipeline(LEXICON);
        List<ProjectTrainingData.Example> train = new ArrayList<>();
        String[] names = {"金田新材料产业园", "富印光学产业园", "乘风中药产业园", "双汇食品产业园", "宏达化工产业园", "天源电子产业园"};
        for (String name : names) {
            String s = "今年要加快" + name + "建设，力争年底投产。";
            train.add(new ProjectTrainingData.Example("toy", "toy.txt", s, List.of(new int[] {5, 5 + name.length()})));
            train.add(new ProjectTrainingData.Example("toy", "toy.txt", "全市经济运行总体平稳，" + name.substring(0, 2) + "同比增长。", List.of()));
        }
        ProjectTagger tagger = new ProjectTaggerTrainer(new ProjectTagFeatures(LEXICON), pipeline.segmenter()).train(train, 10);
        String sentence = "今年要加快华锐机械产业园建设，力争年底投产。";
        List<int[]> spans = tagger.tag(sentence, pipeline.segmenter().segment(sentence));
        assertEquals(1, spans.size());
        assertEquals("华锐机械产业园", sentence.substring(spans.get(0)[0], spans.get(0)[1]));
    }
}
