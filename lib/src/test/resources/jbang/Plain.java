///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+

/** Test fixture: a script that ignores --help, so the alias help check must report it. */
public class Plain {
    public static void main(String... args) {
        System.out.println("hello, I have no usage text");
    }
}
