package bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Greeting {
    @Id
    @GeneratedValue
    private Long id;
    private String text;

    protected Greeting() {
    }

    public Greeting(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
