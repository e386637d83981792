package org.banksync.adapters.web.ui.category;

import org.banksync.adapters.web.ui.Option;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The categories as select choices, each labelled with its path ("Parent › Child") in the user's language, by path. */
public final class CategoryChoices {

    private CategoryChoices() {
    }

    public static List<Option> of(CategoryTree tree, Locale locale) {
        List<TransactionCategory> categories = new ArrayList<>();
        tree.roots().forEach(root -> collect(tree, root, categories));
        return categories.stream()
                .map(category -> new Option(category.id().toString(), path(tree, category, locale)))
                .sorted(Comparator.comparing(option -> option.label().toLowerCase(locale)))
                .toList();
    }

    private static void collect(CategoryTree tree, TransactionCategory category, List<TransactionCategory> into) {
        into.add(category);
        tree.childrenOf(category.id()).forEach(child -> collect(tree, child, into));
    }

    static String path(CategoryTree tree, TransactionCategory category, Locale locale) {
        List<String> names = new ArrayList<>();
        names.add(category.names().in(locale));
        tree.ancestorsOf(category.id()).forEach(ancestor ->
                tree.find(ancestor).ifPresent(parent -> names.add(parent.names().in(locale))));
        Collections.reverse(names);
        return String.join(" › ", names);
    }
}
