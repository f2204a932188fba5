package com.certdesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another feature adds to the header of every signed-in page, before the user box (notifications add
 * their bell), so the layout needs no knowledge of that feature. Implementations are Spring beans, placed in
 * {@link org.springframework.core.annotation.Order} order; {@link #create()} is called once per browser tab and
 * returns a fresh component, so keep it small.
 */
public interface NavbarSection {

    Component create();
}
