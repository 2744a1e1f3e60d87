#!/bin/sh
# The core (app/) must build without QtWidgets: arrows point from ui/ to app/, never back.
# Fails, naming the file and line, when anything under app/ includes a widget header.
set -eu
app=$1
hits=$(grep -rnE '#\s*include\s*[<"](QtWidgets/|QApplication|QWidget|QMainWindow|QDialog|QMessageBox|QWizard|QLabel|QPushButton|QLineEdit|QFileDialog)' "$app" || true)
if [ -n "$hits" ]; then
    echo "QtWidgets is used in the core library:"
    echo "$hits"
    exit 1
fi
hits=$(grep -rn 'Qt6::Widgets\|Qt::Widgets' "$app" --include=CMakeLists.txt || true)
if [ -n "$hits" ]; then
    echo "the core library links QtWidgets:"
    echo "$hits"
    exit 1
fi
echo "app/ is free of QtWidgets"
