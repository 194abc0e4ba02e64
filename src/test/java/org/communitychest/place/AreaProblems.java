package org.communitychest.place;

import java.util.List;
import org.communitychest.base.i18n.English;
import org.communitychest.place.AreaImportResult.RowProblem;

/** An import's problems as an English-speaking administrator reads them: "Line 3: name is empty". */
final class AreaProblems {

    private AreaProblems() {
    }

    static List<String> inEnglish(List<RowProblem> problems) {
        return problems.stream().map(p -> English.of(p.message())).toList();
    }
}
