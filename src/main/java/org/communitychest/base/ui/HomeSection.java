package org.communitychest.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/** A block on the signed-in home page, contributed by the feature that owns the data it shows. */
public interface HomeSection {

    int order();

    boolean visibleTo(Set<String> roles);

    Component create();
}
