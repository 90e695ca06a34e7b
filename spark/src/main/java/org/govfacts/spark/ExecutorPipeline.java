package org.govfacts.spark;

import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;

/**
 * The pipeline of this JVM (a Spark executor, or the driver in local mode), built on first use and
 * shared by all its tasks: building it loads HanLP's dictionaries and govfacts' word lists, seconds
 * of work that must not be repeated per record or per partition. Pipeline is immutable and
 * thread-safe; HanLP's process-wide state is set up once by the class initialiser of the segmenter's
 * runtime, which the JVM runs exactly once however many task threads get here together.
 *
 * <p>Word lists: the folder named by the {@code govfacts.dictionaries} system property on the
 * executors, else the copy built into the jar.
 */
final class ExecutorPipeline {
    private static volatile Pipeline pipeline;
    private static final DocumentReader READER = new DocumentReader();

    private ExecutorPipeline() {
    }

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    String dir = System.getProperty(Lexicon.PROPERTY);
                    p = new Pipeline(dir == null || dir.isBlank() ? Lexicon.at(null) : Lexicon.at(java.nio.file.Path.of(dir)));
                    pipeline = p;
                }
            }
        }
        return p;
    }

    static DocumentReader reader() {
        return READER;
    }
}
