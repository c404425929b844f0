; Inno Setup 6 script: a per-user installer for the one-folder app built by
; packaging\windows\safecase-windows.spec (see packaging\README.md, "Windows").
;
;   iscc /DAppVersion=0.1.0 packaging\windows\safecase.iss
;   -> dist\installer\SafeCase-0.1.0-setup.exe
;
; Per user: installs into %LOCALAPPDATA%\Programs\SafeCase without administrator rights
; (PrivilegesRequired=lowest), so a caseworker can install it without IT, and nothing is
; written outside the user's profile.
; No network: the installer downloads nothing, checks for no updates, opens no web page and
; adds no firewall rule. SafeCase itself never opens a network connection.
; Uninstalling removes the program only. The vault (%LOCALAPPDATA%\SafeCase) and backups are
; never deleted by the uninstaller: deleting a vault is a deliberate act inside SafeCase.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SafeCase"
#define AppExe "safecase.exe"
#define SourceDir "..\..\dist\safecase"

[Setup]
; AppId identifies SafeCase for upgrades and uninstall: never change it.
AppId={{EAE8BB99-5240-4426-8F43-5DEE376DAB5B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SafeCase developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=SafeCase-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.safecase.SafeCase"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "org.safecase.SafeCase"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
