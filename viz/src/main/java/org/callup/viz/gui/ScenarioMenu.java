package org.callup.viz.gui;

import java.awt.Font;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import sim.display.Console;

/**
 * The Console's "Scenario" menu: every scenario of the library, and any scenario file. Choosing one stops the run
 * and opens the scenario in a fresh Console; a scenario with errors is refused with the full list of them. "Save
 * as scenario..." writes the changes made in the GUI as a scenario file ({@code ExperimentFile}).
 */
final class ScenarioMenu {
    private ScenarioMenu() {}

    static void install(Console console, CallupWithUI gui) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) {
            bar = new JMenuBar();
            console.setJMenuBar(bar);
        }
        JMenu menu = new JMenu("Scenario");
        ScenarioLibrary library = ScenarioLibrary.shipped();
        for (String name : library.names()) {
            JMenuItem item = new JMenuItem(name);
            item.setToolTipText(library.describe(name));
            item.addActionListener(e -> load(console, gui, name));
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem file = new JMenuItem("Open scenario file...");
        file.addActionListener(e -> chooseFile(console, gui));
        menu.add(file);
        JMenuItem save = new JMenuItem("Save as scenario...");
        save.setToolTipText("Write the changes made in the GUI as a scenario file that extends this scenario");
        save.addActionListener(e -> chooseSaveFile(console, gui));
        menu.add(save);
        bar.add(menu);
        bar.revalidate();
    }

    private static void chooseFile(Console console, CallupWithUI gui) {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(console) == JFileChooser.APPROVE_OPTION) {
            load(console, gui, chooser.getSelectedFile().getPath());
        }
    }

    private static void chooseSaveFile(Console console, CallupWithUI gui) {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
        chooser.setSelectedFile(new File(gui.parameters().original().name() + "-experiment.yaml"));
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().matches(".*\\.ya?ml")) {
            file = file.resolveSibling(file.getFileName() + ".yaml");
        }
        if (Files.exists(file)
                && JOptionPane.showConfirmDialog(
                                console, file + " exists. Replace it?", "Save as scenario", JOptionPane.YES_NO_OPTION)
                        != JOptionPane.YES_OPTION) {
            return;
        }
        try {
            gui.saveAs(file);
            JOptionPane.showMessageDialog(
                    console,
                    "Saved " + file + ".\nRun it with: callup run " + file,
                    "Save as scenario",
                    JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(
                    console,
                    "Cannot write " + file + ": " + e.getMessage(),
                    "Save as scenario",
                    JOptionPane.ERROR_MESSAGE);
        } catch (ScenarioException e) {
            showProblems(console, "The saved file " + file + " does not load", e);
        }
    }

    private static void showProblems(Console console, String title, ScenarioException e) {
        JTextArea text = new JTextArea(e.format(), 12, 70);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        text.setEditable(false);
        JOptionPane.showMessageDialog(console, new JScrollPane(text), title, JOptionPane.ERROR_MESSAGE);
    }

    /** Loads a scenario by library name or path into a fresh Console; on the Swing thread. */
    static void load(Console console, CallupWithUI gui, String nameOrPath) {
        ResolvedScenario loaded;
        try {
            loaded = ScenarioLibrary.shipped().load(nameOrPath);
        } catch (ScenarioException e) {
            showProblems(console, "Cannot load " + nameOrPath, e);
            return;
        }
        console.pressStop();
        GuiLauncher.replace(console, loaded, gui.model().threads());
    }
}
