package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.Finding;
import org.govfacts.lexicon.Lexicon;

/** Names of specific projects, parks and facilities. */
public final class ProjectFinder implements FactFinder {
    public ProjectFinder(Lexicon lexicon) {
    }

    @Override
    public List<Finding> find(DocumentContext c) {
        return new ArrayList<>();
    }
}
