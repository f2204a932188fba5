package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    private static final String CODE = "7K3Q9ZD2ABCDEFGH0123";
    private static final String FORMATTED = "7K3Q-9ZD2-ABCD-EFGH-0123";

    private final SecureRandom random = new SecureRandom();

    @Test
    void every_new_code_is_different_from_the_others() {
        int count = 100_000;
        Set<String> codes = new HashSet<>(count * 2);
        for (int i = 0; i < count; i++) {
            codes.add(VerificationCode.generate(random));
        }
        assertThat(codes).hasSize(count);
    }

    @Test
    void a_new_code_is_twenty_characters_of_crockford_base32() {
        for (int i = 0; i < 1_000; i++) {
            String code = VerificationCode.generate(random);
            assertThat(code).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]{20}");
            assertThat(VerificationCode.isCanonical(code)).isTrue();
        }
    }

    @Test
    void new_codes_use_the_whole_alphabet_so_they_carry_five_bits_a_character() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : VerificationCode.generate(random).toCharArray()) {
                seen.add(c);
            }
        }
        assertThat(seen).hasSize(32);
        assertThat(VerificationCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void a_printed_code_is_shown_in_groups_of_four() {
        assertThat(VerificationCode.format(CODE)).isEqualTo(FORMATTED);
    }

    @Test
    void only_a_canonical_code_can_be_formatted() {
        assertThatThrownBy(() -> VerificationCode.format("7K3Q")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationCode.format(FORMATTED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_typed_as_printed_gives_back_the_canonical_code() {
        for (int i = 0; i < 1_000; i++) {
            String code = VerificationCode.generate(random);
            assertThat(VerificationCode.normalize(VerificationCode.format(code))).contains(code);
        }
    }

    @Test
    void code_typed_with_lowercase_and_spaces_still_matches() {
        assertThat(VerificationCode.normalize("  7k3q 9zd2 abcd efgh 0123 ")).contains(CODE);
        assertThat(VerificationCode.normalize("7k3q9zd2abcdefgh0123")).contains(CODE);
        assertThat(VerificationCode.normalize("7K3Q - 9ZD2 - ABCD - EFGH - 0123\n")).contains(CODE);
    }

    @Test
    void code_copied_with_typographic_dashes_or_non_breaking_spaces_still_matches() {
        assertThat(VerificationCode.normalize("7K3Q\u20139ZD2\u2014ABCD\u2010EFGH\u00a00123")).contains(CODE);
    }

    @Test
    void letters_that_look_like_digits_are_read_as_those_digits() {
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-O123")).contains(CODE);
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-0I23")).contains(CODE);
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-0l23")).contains(CODE);
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-oL23")).contains(CODE);
    }

    @Test
    void a_code_with_a_character_outside_the_alphabet_is_refused() {
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-012U")).isEmpty();
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-012*")).isEmpty();
        assertThat(VerificationCode.normalize("7K3Q_9ZD2_ABCD_EFGH_0123")).isEmpty();
        // the Turkish dotless i uppercases to a Latin I, which must not slip in as the digit 1
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-0\u013123")).isEmpty();
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-\uff10123")).isEmpty();
    }

    @Test
    void a_code_one_character_short_or_long_is_refused() {
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-012")).isEmpty();
        assertThat(VerificationCode.normalize("7K3Q-9ZD2-ABCD-EFGH-01234")).isEmpty();
        assertThat(VerificationCode.normalize(CODE + CODE)).isEmpty();
    }

    @Test
    void nothing_or_only_separators_is_refused() {
        assertThat(VerificationCode.normalize(null)).isEmpty();
        assertThat(VerificationCode.normalize("")).isEmpty();
        assertThat(VerificationCode.normalize("   ")).isEmpty();
        assertThat(VerificationCode.normalize("----")).isEmpty();
    }

    @Test
    void over_long_input_is_refused_even_when_it_would_shrink_to_a_code() {
        String padded = " ".repeat(VerificationCode.MAX_INPUT_LENGTH - CODE.length()) + CODE;
        assertThat(VerificationCode.normalize(padded)).contains(CODE);
        assertThat(VerificationCode.normalize(" " + padded)).isEmpty();
    }

    @Test
    void only_exact_codes_count_as_canonical() {
        assertThat(VerificationCode.isCanonical(CODE)).isTrue();
        assertThat(VerificationCode.isCanonical(CODE.toLowerCase())).isFalse();
        assertThat(VerificationCode.isCanonical(FORMATTED)).isFalse();
        assertThat(VerificationCode.isCanonical(CODE.substring(1))).isFalse();
    }
}
