package bench.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

@Route("")
class MainView extends VerticalLayout {
    MainView(GreetingRepository greetings) {
        add(new Button("Greet", e -> Notification.show(greetings.findAll().getFirst().getText())));
    }
}
