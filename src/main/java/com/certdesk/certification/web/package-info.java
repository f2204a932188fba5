@NullMarked
package com.certdesk.certification.web;

import org.jspecify.annotations.NullMarked;
