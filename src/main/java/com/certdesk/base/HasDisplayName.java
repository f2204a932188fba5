package com.certdesk.base;

/** Implemented by the signed-in principal so the layout can greet the user without knowing security. */
public interface HasDisplayName {

    String displayName();
}
