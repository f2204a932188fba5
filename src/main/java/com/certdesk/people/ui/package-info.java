@NullMarked
package com.certdesk.people.ui;

import org.jspecify.annotations.NullMarked;
