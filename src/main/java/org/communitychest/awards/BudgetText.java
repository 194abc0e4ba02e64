package org.communitychest.awards;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.communitychest.base.Money;

/** A budget as kept in a version or a variation: a line per item, its cost in pence, a tab, then the item. */
final class BudgetText {

    private BudgetText() {
    }

    static String write(List<BudgetItem> budget) {
        return budget.stream().map(line -> line.cost().pence() + "\t" + line.item().replaceAll("[\\t\\r\\n]+", " "))
                .collect(Collectors.joining("\n"));
    }

    static List<BudgetItem> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> {
            int tab = line.indexOf('\t');
            return new BudgetItem(line.substring(tab + 1), Money.ofPence(Long.parseLong(line.substring(0, tab))));
        }).toList();
    }
}
