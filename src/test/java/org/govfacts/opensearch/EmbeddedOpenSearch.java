package org.govfacts.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch cluster in the test's JVM, built from the server, HTTP transport
 * and analysis-common artifacts (the modules a distribution loads from its modules/ folder are
 * handed to the node as class-path plugins). It listens on a free local port.
 */
final class EmbeddedOpenSearch implements AutoCloseable {
    private final Node node;
    private final String url;

    private EmbeddedOpenSearch(Node node, String url) {
        this.node = node;
        this.url = url;
    }

    static EmbeddedOpenSearch start(Path home) throws Exception {
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("modules"));
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("cluster.name", "govfacts-test")
                .put("node.name", "govfacts-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "19200-19399")
                .put("transport.port", "19400-19599")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        Collection<Class<? extends Plugin>> plugins = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);
        Node node = new TestNode(settings, plugins);
        node.start();
        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        int port = http.boundAddress().publishAddress().getPort();
        return new EmbeddedOpenSearch(node, "http://127.0.0.1:" + port);
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        node.close();
    }

    private static final class TestNode extends Node {
        TestNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "govfacts-test-node"),
                    plugins, true);
        }
    }
}
